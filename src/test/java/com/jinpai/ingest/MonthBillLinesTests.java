package com.jinpai.ingest;

import java.util.ArrayList;
import java.util.List;

import com.jinpai.ingest.MonthBillLines.Conflict;
import com.jinpai.ingest.MonthBillLines.Outcome;
import com.jinpai.value.spend.ChargeType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Distinct line ids over a month's files, in name order, and what a reused id with another row is. */
class MonthBillLinesTests {

    @Test
    void linesAreSummedPerCustomerAndChargeTypeInFen() {
        MonthBillLines month = new MonthBillLines(1);

        month.accept(0, 2, LineIds.hash("L1"), "C1", ChargeType.PLAN, 12_800);
        month.accept(0, 3, LineIds.hash("L2"), "C1", ChargeType.DISCOUNT, -2_000);
        month.accept(0, 4, LineIds.hash("L3"), "C1", ChargeType.PLAN, 100);
        month.accept(0, 5, LineIds.hash("L4"), "C2", ChargeType.DATA, 4_550);

        assertThat(month.totals()).containsOnlyKeys("C1", "C2");
        assertThat(month.totals().get("C1")[ChargeType.PLAN.ordinal()]).isEqualTo(12_900);
        assertThat(month.totals().get("C1")[ChargeType.DISCOUNT.ordinal()]).isEqualTo(-2_000);
        assertThat(month.totals().get("C2")[ChargeType.DATA.ordinal()]).isEqualTo(4_550);
        assertThat(month.counted(0)).isEqualTo(4);
    }

    @Test
    void aCustomerWhoseLinesComeBackAfterAnotherKeepsOneTotalAndItsReSendsAndConflicts() {
        MonthBillLines month = new MonthBillLines(1);

        assertThat(month.accept(0, 2, LineIds.hash("L1"), "C1", ChargeType.PLAN, 100)).isEqualTo(Outcome.COUNTED);
        assertThat(month.accept(0, 3, LineIds.hash("L2"), "C2", ChargeType.PLAN, 200)).isEqualTo(Outcome.COUNTED);
        assertThat(month.accept(0, 4, LineIds.hash("L3"), new String("C1"), ChargeType.PLAN, 300))
                .isEqualTo(Outcome.COUNTED);
        assertThat(month.accept(0, 5, LineIds.hash("L1"), "C1", ChargeType.PLAN, 100)).isEqualTo(Outcome.DUPLICATE);
        assertThat(month.accept(0, 6, LineIds.hash("L2"), "C1", ChargeType.PLAN, 200)).isEqualTo(Outcome.CONFLICT);
        assertThat(month.accept(0, 7, LineIds.hash("L4"), "C2", ChargeType.VOICE, -5)).isEqualTo(Outcome.COUNTED);

        assertThat(month.totals()).containsOnlyKeys("C1", "C2");
        assertThat(month.totals().get("C1")[ChargeType.PLAN.ordinal()]).isEqualTo(400);
        assertThat(month.totals().get("C2")[ChargeType.PLAN.ordinal()]).isEqualTo(200);
        assertThat(month.totals().get("C2")[ChargeType.VOICE.ordinal()]).isEqualTo(-5);
        assertThat(month.counted(0)).isEqualTo(4);
        assertThat(month.duplicates(0)).isEqualTo(1);
        assertThat(month.conflicts()).containsExactly(new Conflict(0, 6, 0, 3));
    }

    @Test
    void anIdenticalRowIsAReSendAndCountsOnceWithinAFileAndAcrossFiles() {
        MonthBillLines month = new MonthBillLines(2);

        assertThat(month.accept(0, 2, LineIds.hash("L1"), "C1", ChargeType.PLAN, 100)).isEqualTo(Outcome.COUNTED);
        assertThat(month.accept(0, 3, LineIds.hash("L1"), "C1", ChargeType.PLAN, 100)).isEqualTo(Outcome.DUPLICATE);
        assertThat(month.accept(1, 2, LineIds.hash("L1"), "C1", ChargeType.PLAN, 100)).isEqualTo(Outcome.DUPLICATE);

        assertThat(month.totals().get("C1")[ChargeType.PLAN.ordinal()]).isEqualTo(100);
        assertThat(month.duplicates(0)).isOne();
        assertThat(month.duplicates(1)).isOne();
        assertThat(month.conflicts()).isEmpty();
    }

    @Test
    void aReusedIdWithAnotherCustomerMonthOrAmountIsAConflictNamingTheFirstLine() {
        MonthBillLines month = new MonthBillLines(2);
        month.accept(0, 7, LineIds.hash("L1"), "C1", ChargeType.PLAN, 100);

        assertThat(month.accept(0, 9, LineIds.hash("L1"), "C2", ChargeType.PLAN, 100)).isEqualTo(Outcome.CONFLICT);
        assertThat(month.accept(1, 4, LineIds.hash("L1"), "C1", ChargeType.PLAN, 101)).isEqualTo(Outcome.CONFLICT);
        assertThat(month.accept(1, 5, LineIds.hash("L1"), "C1", ChargeType.VOICE, 100)).isEqualTo(Outcome.CONFLICT);

        assertThat(month.conflicts()).containsExactly(new Conflict(0, 9, 0, 7), new Conflict(1, 4, 0, 7),
                new Conflict(1, 5, 0, 7));
        assertThat(month.totals()).containsOnlyKeys("C1");
        assertThat(month.totals().get("C1")[ChargeType.PLAN.ordinal()]).as("the first line counts").isEqualTo(100);
        assertThat(month.conflicts(1)).isEqualTo(2);
    }

    @Test
    void theIdSetOfAFileDecodesToTheLinesItWasGivenChunkByChunk() {
        List<byte[]> chunks = new ArrayList<>();
        BillLineIdSet.Writer writer = new BillLineIdSet.Writer((chunkNo, entries, data) -> chunks.add(data));
        List<String> given = new ArrayList<>();
        // enough lines for two chunks: each chunk must decode on its own
        for (long line = 2; line < 500_000; line++) {
            String customer = line % 5 == 0 ? "客户-" + line / 5 : "C" + line / 5;
            ChargeType type = ChargeType.values()[(int) (line % ChargeType.COUNT)];
            long fen = line % 7 == 0 ? -line : line == 3 ? Long.MAX_VALUE : line * 13;
            writer.add(line, LineIds.hash("L" + line), customer, type, fen);
            given.add(line + " " + LineIds.hash("L" + line) + " " + customer + " " + type + " " + fen);
        }
        writer.finish();
        List<String> decoded = new ArrayList<>();

        chunks.forEach(data -> BillLineIdSet.decode(data, (line, idHash, customer, type, fen) -> decoded.add(line + " "
                + idHash + " " + customer + " " + type + " " + fen)));

        assertThat(chunks).hasSizeGreaterThan(1);
        assertThat(decoded).isEqualTo(given);
    }

    @Test
    void theIdTableKeepsEveryIdThroughItsGrowth() {
        LineIds ids = new LineIds(16);
        for (int i = 0; i < 100_000; i++) {
            assertThat(ids.putIfAbsent(LineIds.hash("L" + i), LineIds.place(i % 3, i), i)).isNegative();
        }
        for (int i = 0; i < 100_000; i++) {
            long slot = ids.putIfAbsent(LineIds.hash("L" + i), 0, 0);
            assertThat(slot).isNotNegative();
            assertThat(LineIds.file(ids.placeAt(slot))).isEqualTo(i % 3);
            assertThat(LineIds.line(ids.placeAt(slot))).isEqualTo(i);
            assertThat(ids.contentAt(slot)).isEqualTo(i);
        }
        assertThat(ids.size()).isEqualTo(100_000);
    }
}
