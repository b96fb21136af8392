package com.jinpai.ingest;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Batches read on a second thread arrive in order, and a failure of that thread reaches the caller. */
class PrefetchedBatchesTests {

    @TempDir
    Path tempDir;

    private PrefetchedBatches open(TestInbox inbox, String name, int batchSize) throws UnreadableFileException {
        InboxFile file = InboxFile.of(inbox.root(), Source.USAGE, inbox.path(name));
        SourceMapping mapping = SourcesProperties.canonical().mapping(Source.USAGE);
        RowValidator.Context context = new RowValidator.Context(id -> true, null, ZoneId.of("Asia/Shanghai"));
        return new PrefetchedBatches(ExportReader.open(file, mapping, context, batchSize), name);
    }

    @Test
    void everyBatchArrivesInFileOrderWithItsLines() throws Exception {
        StringBuilder csv = new StringBuilder("customer_id,usage_date,service,quantity,unit,rated_amount\n");
        for (int i = 0; i < 1_000; i++) {
            csv.append("C").append(i).append(",2024-10-01,VOICE,1,MIN,0.10\n");
        }
        TestInbox inbox = new TestInbox(tempDir).write("usage/usage_2024-10-01.csv", csv.toString());
        List<Long> lines = new ArrayList<>();
        List<String> customers = new ArrayList<>();

        try (PrefetchedBatches batches = open(inbox, "usage/usage_2024-10-01.csv", 7)) {
            for (Batch batch = batches.next(); batch != null; batch = batches.next()) {
                for (int i = 0; i < batch.rows().size(); i++) {
                    lines.add(batch.lines()[i]);
                    customers.add((String) batch.rows().get(i)[0]);
                }
            }
            assertThat(batches.next()).as("the end stays the end").isNull();
        }

        assertThat(lines).hasSize(1_000).startsWith(2L, 3L).endsWith(1_001L).isSorted();
        assertThat(customers).startsWith("C0", "C1").endsWith("C999");
    }

    @Test
    void aFileThatCannotBeParsedFailsTheCallerWithItsLine() throws Exception {
        TestInbox inbox = new TestInbox(tempDir).write("usage/usage_2024-10-01.csv",
                "customer_id,usage_date,service,quantity,unit,rated_amount\nC1,2024-10-01,VOICE,1,MIN,0.10\n"
                        + "C2,\"2024-10-01,VOICE,1,MIN,0.10\n");

        try (PrefetchedBatches batches = open(inbox, "usage/usage_2024-10-01.csv", 1)) {
            assertThat(batches.next()).isNotNull();
            assertThatThrownBy(batches::next).isInstanceOf(UnreadableFileException.class)
                    .hasMessageContaining("line 3");
        }
    }

    @Test
    void closingBeforeTheEndStopsTheReader() throws Exception {
        StringBuilder csv = new StringBuilder("customer_id,usage_date,service,quantity,unit,rated_amount\n");
        for (int i = 0; i < 10_000; i++) {
            csv.append("C").append(i).append(",2024-10-01,DATA,1,MB,0.10\n");
        }
        TestInbox inbox = new TestInbox(tempDir).write("usage/usage_2024-10-01.csv", csv.toString());

        PrefetchedBatches batches = open(inbox, "usage/usage_2024-10-01.csv", 10);
        assertThat(batches.next()).isNotNull();
        batches.close();
    }
}
