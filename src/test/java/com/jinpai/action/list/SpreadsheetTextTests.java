package com.jinpai.action.list;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetTextTests {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"y\")", "@SUM(A1)", "+1", "-1", "\tTAB", "\rCR", "=", "-"})
    void formulaTriggersGetALeadingApostropheAndComeBack(String hostile) {
        String safe = SpreadsheetText.neutralise(hostile);

        assertThat(safe).isEqualTo("'" + hostile);
        assertThat(SpreadsheetText.restore(safe)).isEqualTo(hostile);
    }

    @ParameterizedTest
    @ValueSource(strings = {"王小明", "O'Brien", "'quoted", "a=b", "12.50", "C001"})
    void ordinaryTextIsLeftAlone(String text) {
        assertThat(SpreadsheetText.neutralise(text)).isEqualTo(text);
        assertThat(SpreadsheetText.restore(text)).isEqualTo(text);
    }

    @Test
    void controlCharactersNeverReachACell() {
        assertThat(SpreadsheetText.neutralise("王\u0000伟\u001B[2J\u0007")).isEqualTo("王伟[2J");
        assertThat(SpreadsheetText.neutralise("\u0000=1+1")).isEqualTo("'=1+1");
    }

    @Test
    void nothingIsAnEmptyCell() {
        assertThat(SpreadsheetText.neutralise(null)).isEmpty();
        assertThat(SpreadsheetText.restore(null)).isEmpty();
    }
}
