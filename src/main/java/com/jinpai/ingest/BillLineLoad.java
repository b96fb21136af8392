package com.jinpai.ingest;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;

import com.jinpai.ingest.MonthBillLines.Conflict;
import com.jinpai.ingest.MonthBillLines.Outcome;
import com.jinpai.value.spend.ChargeType;
import com.jinpai.value.spend.Fen;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A bill-line file's rows, summed as they are read: each line that passed validation goes into the
 * file's id set ({@link BillLineIdSet}) and into the month's derivation ({@link MonthBillLines}).
 * When the file is the month's only current one, that derivation is the month; otherwise the
 * month is derived again from the id sets of all its current files in name order, and the
 * conflict rejects and counts of each of them are rewritten.
 */
final class BillLineLoad {

    /** Marks a conflict reject, so that deriving the month again can replace them. */
    static final String CONFLICT_REASON = "reuses the line_id of line ";

    private final JdbcTemplate jdbc;
    private final Ledger ledger;
    private final InboxFile file;
    private final long fileId;
    private final YearMonth month;
    private final char delimiter;
    private final BillLineIdSet.@Nullable Writer ids;
    private final MonthBillLines alone = new MonthBillLines(1);
    private final int lineId;
    private final int customerId;
    private final int chargeType;
    private final int amount;

    /** @param keepIds false when the file is only read again to record why it failed */
    BillLineLoad(JdbcTemplate jdbc, Ledger ledger, InboxFile file, long fileId, YearMonth month, char delimiter,
            boolean keepIds) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.file = file;
        this.fileId = fileId;
        this.month = month;
        this.delimiter = delimiter;
        this.ids = keepIds ? BillLineIdSet.Writer.into(jdbc, fileId) : null;
        Layout layout = Layout.of(Source.BILL_LINES);
        this.lineId = layout.indexOf("line_id");
        this.customerId = layout.indexOf("customer_id");
        this.chargeType = layout.indexOf("charge_type");
        this.amount = layout.indexOf("amount");
    }

    /** Takes a batch's good rows; returns the conflict rejects among them (a line id reused within the file). */
    List<Reject> add(Batch batch) {
        List<Reject> conflicts = new ArrayList<>();
        List<Object[]> rows = batch.rows();
        for (int i = 0; i < rows.size(); i++) {
            Object[] row = rows.get(i);
            long line = batch.lines()[i];
            long idHash = LineIds.hash((String) row[lineId]);
            String customer = (String) row[customerId];
            ChargeType type = ChargeType.ofBillLine((String) row[chargeType]);
            long fen = Fen.of((BigDecimal) row[amount]);
            if (ids != null) {
                ids.add(line, idHash, customer, type, fen);
            }
            if (alone.accept(0, line, idHash, customer, type, fen) == Outcome.CONFLICT) {
                Conflict conflict = alone.conflicts().get(alone.conflicts().size() - 1);
                conflicts.add(new Reject(line, "line_id", reason(conflict.firstLine(), file.name()), rawText(row)));
            }
        }
        return conflicts;
    }

    long conflictsWithinFile() {
        return alone.conflicts(0);
    }

    /**
     * Writes the month: from this file alone when it is the month's only current file, else from
     * the id sets of all of them. Returns this file's counts, or null when its rejects (conflicts
     * with other files included) pass the limit.
     *
     * @param rejectedBefore rejects of this file already recorded (validation and conflicts within it)
     * @param replaced the earlier version this file replaces, still LOADED in the ledger until the end
     */
    @Nullable IngestCounts finish(long read, long rejectedBefore, LongPredicate overLimit, @Nullable Long replaced) {
        if (ids != null) {
            ids.finish();
        }
        List<Ledger.MonthFile> files = ledger.loadedOfMonth(Source.BILL_LINES, month, replaced);
        if (files.size() == 1) {
            BillTotals.replaceMonth(jdbc, month, alone.totals());
            return new IngestCounts(read, alone.counted(0), rejectedBefore, alone.duplicates(0));
        }
        MonthBillLines derived = new MonthBillLines(files.size());
        for (int position = 0; position < files.size(); position++) {
            int filePosition = position;
            BillLineIdSet.read(jdbc, files.get(position).id(), (line, idHash, customer, type, fen) ->
                    derived.accept(filePosition, line, idHash, customer, type, fen));
        }
        List<Long> fileIds = files.stream().map(Ledger.MonthFile::id).toList();
        Map<String, String> rawTexts = conflictRawTexts(fileIds);
        for (Long id : fileIds) {
            jdbc.update("DELETE FROM ingest_reject WHERE file_id = ? AND field = 'line_id' AND reason LIKE ?", id,
                    CONFLICT_REASON + "%");
        }
        List<Reject> mine = new ArrayList<>();
        Map<Long, List<Reject>> rejects = new HashMap<>();
        for (Conflict conflict : derived.conflicts()) {
            Ledger.MonthFile at = files.get(conflict.file());
            Ledger.MonthFile first = files.get(conflict.firstFile());
            Reject reject = new Reject(conflict.line(), "line_id", reason(conflict.firstLine(), first.name()),
                    rawTexts.getOrDefault(at.id() + ":" + conflict.line(), ""));
            rejects.computeIfAbsent(at.id(), id -> new ArrayList<>()).add(reject);
            if (at.id() == fileId) {
                mine.add(reject);
            }
        }
        TableWriter writer = new TableWriter(jdbc, Layout.of(Source.BILL_LINES));
        rejects.forEach((id, list) -> writer.insertRejects(list, id));
        long rejected = rejectedBefore - alone.conflicts(0) + mine.size();
        if (overLimit.test(rejected)) {
            return null;
        }
        BillTotals.replaceMonth(jdbc, month, derived.totals());
        IngestCounts counts = null;
        for (int position = 0; position < files.size(); position++) {
            Ledger.MonthFile other = files.get(position);
            long rejectedRows = jdbc.queryForObject("SELECT COUNT(*) FROM ingest_reject WHERE file_id = ?", Long.class,
                    other.id());
            if (other.id() == fileId) {
                counts = new IngestCounts(read, derived.counted(position), rejectedRows, derived.duplicates(position));
            }
            else {
                ledger.recount(other.id(), derived.counted(position), rejectedRows, derived.duplicates(position));
            }
        }
        return counts;
    }

    /** The raw text each conflict reject of these files had, by file id and line, to keep it when they are rewritten. */
    private Map<String, String> conflictRawTexts(List<Long> fileIds) {
        Map<String, String> texts = new HashMap<>();
        for (Long id : fileIds) {
            jdbc.query("SELECT line_no, raw_text FROM ingest_reject WHERE file_id = ? AND field = 'line_id'"
                    + " AND reason LIKE ?", rs -> {
                        texts.put(id + ":" + rs.getLong(1), rs.getString(2));
                    }, id, CONFLICT_REASON + "%");
        }
        return texts;
    }

    private static String reason(long firstLine, String firstFile) {
        return CONFLICT_REASON + firstLine + " of " + firstFile + " with another row (customer, charge type or"
                + " amount differ); only an identical row is a re-send, so neither line is merged into the other:"
                + " the first counts, this one is rejected";
    }

    private String rawText(Object[] row) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                text.append(delimiter);
            }
            text.append(row[i] instanceof BigDecimal number ? number.toPlainString() : String.valueOf(row[i]));
        }
        return text.toString();
    }
}
