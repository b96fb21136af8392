package com.jinpai.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlainTextTests {

    @Test
    void freeTextLosesControlCharactersAndKeepsEveryLetter() {
        assertThat(PlainText.printable("王\u0000伟\u001B[1m\u0007")).isEqualTo("王伟[1m");
        assertThat(PlainText.printable("\uFEFFName\u007F\u0085")).isEqualTo("Name");
        assertThat(PlainText.printable("👨\u200D👩 O'Brien")).isEqualTo("👨\u200D👩 O'Brien");
        String clean = "C001 王伟";
        assertThat(PlainText.printable(clean)).isSameAs(clean);
    }

    @Test
    void tabsAndLineBreaksStayAsCsvAndXlsxHoldThem() {
        assertThat(PlainText.printable("a\tb\r\n\u0000\u001B\u0007c\uFEFF")).isEqualTo("a\tb\r\nc");
        String layout = "two\nlines";
        assertThat(PlainText.printable(layout)).isSameAs(layout);
    }

    @Test
    void idsLoseInvisibleCharactersAndShowTheirControlCharacters() {
        assertThat(PlainText.withoutInvisibles("\uFEFFC001")).isEqualTo("C001");
        assertThat(PlainText.withoutInvisibles("C0\u200B0\u200C1\u200D\u200E\u200F\u2060\u00AD")).isEqualTo("C001");
        assertThat(PlainText.withoutInvisibles("C\u0007001")).isEqualTo("C\u0007001");
        assertThat(PlainText.firstControl("C\u0007001")).isEqualTo(1);
        assertThat(PlainText.firstControl("C001")).isEqualTo(-1);
        assertThat(PlainText.codePoint('\u0007')).isEqualTo("U+0007");
    }
}
