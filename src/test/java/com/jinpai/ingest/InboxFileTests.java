package com.jinpai.ingest;

import java.nio.file.Path;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InboxFileTests {

    @TempDir
    Path inbox;

    private final SourceMapping bills = SourcesProperties.canonical().mapping(Source.BILL_LINES);

    @Test
    void filesAreFoundByTheirPatternInNameOrder() {
        new TestInbox(inbox)
                .write("billing/bill_lines_2024-10.csv", "x")
                .write("billing/bill_lines_2024-09.csv", "x")
                .write("billing/old/bill_lines_2024-08.csv", "x")
                .write("billing/notes.txt", "x")
                .write("bill_lines_2024-07.csv", "x");

        assertThat(InboxFile.list(inbox, Source.BILL_LINES, bills)).extracting(InboxFile::name)
                .containsExactly("billing/bill_lines_2024-09.csv", "billing/bill_lines_2024-10.csv");
    }

    @Test
    void theMonthIsTakenFromTheFileName() {
        assertThat(month("billing/bill_lines_2024-10.csv")).isEqualTo(YearMonth.of(2024, 10));
        assertThat(month("billing/bill_lines_202411_v2.csv")).isEqualTo(YearMonth.of(2024, 11));
        assertThat(month("usage/usage_2024-10-01.csv")).isEqualTo(YearMonth.of(2024, 10));
        assertThat(month("billing/bill_lines_9999-13_2024-12.csv")).as("not a month, then a month")
                .isEqualTo(YearMonth.of(2024, 12));
        assertThat(month("billing/bill_lines_latest.csv")).isNull();
        assertThat(month("2024-10/bill_lines.csv")).as("only the file name counts").isNull();
    }

    @Test
    void aFileOutsideTheInboxIsRefused() {
        assertThatThrownBy(() -> InboxFile.of(inbox, Source.BILL_LINES, inbox.resolveSibling("elsewhere.csv")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not in the inbox");
    }

    @Test
    void aMissingInboxSaysWhatToSet() {
        assertThatThrownBy(() -> InboxFile.list(inbox.resolve("missing"), Source.BILL_LINES, bills))
                .hasMessageContaining("set jinpai.inbox or the job parameter 'inbox'");
    }

    private YearMonth month(String name) {
        return InboxFile.of(inbox, Source.BILL_LINES, inbox.resolve(name)).monthInName(bills);
    }
}
