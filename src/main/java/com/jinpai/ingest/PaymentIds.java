package com.jinpai.ingest;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A repeated {@code payment_id} counts once only when the whole row is the same (a re-send); a
 * reused id with another customer, time, amount or channel is a conflict: rejected with a reason
 * naming the line that holds the id, in this file or in one loaded before. Looks up a batch's ids
 * in {@code payment} with one query, never one per row, and only the ids that may be stored: within
 * the payment_id range of a loaded file (the ledger's) or of the rows this file inserted so far. A
 * month's export in id order, the ids of another month than the stored ones, needs no look-up at all.
 */
final class PaymentIds {

    /** The rows of a batch that may be inserted, with their lines, and the conflicts among the rest. */
    record Split(List<Object[]> rows, long[] lines, List<Reject> conflicts) {
    }

    private record Stored(String customerId, LocalDateTime paidAt, BigDecimal amount, @Nullable String channel,
            long line, String fileName) {
    }

    /** Integer digits of yuan whose amount in fen surely fits a long. */
    private static final int FEN_DIGITS = 16;

    private final JdbcTemplate jdbc;
    private final String fileName;
    private final char delimiter;
    private final LineIds seen = new LineIds();
    private final int paymentId;
    private final int customerId;
    private final int paidAt;
    private final int amount;
    private final int channel;
    /** The payment_id ranges of the loaded files; null: any id may be stored. */
    private final @Nullable List<Ledger.KeyRange> loaded;
    /** The smallest and largest payment_id of the rows this file inserts, so far. */
    private @Nullable String first;
    private @Nullable String last;

    /** @param loaded the payment_id ranges of the loaded files ({@link Ledger#keyRanges}); null: unknown */
    PaymentIds(JdbcTemplate jdbc, String fileName, char delimiter, @Nullable List<Ledger.KeyRange> loaded) {
        this.jdbc = jdbc;
        this.fileName = fileName;
        this.delimiter = delimiter;
        this.loaded = loaded == null ? null : List.copyOf(loaded);
        Layout layout = Layout.of(Source.PAYMENTS);
        this.paymentId = layout.indexOf("payment_id");
        this.customerId = layout.indexOf("customer_id");
        this.paidAt = layout.indexOf("paid_at");
        this.amount = layout.indexOf("amount");
        this.channel = layout.indexOf("channel");
    }

    Split split(Batch batch) {
        Map<String, Stored> stored = stored(batch.rows());
        List<Object[]> rows = new ArrayList<>(batch.rows().size());
        long[] lines = new long[batch.rows().size()];
        List<Reject> conflicts = new ArrayList<>();
        for (int i = 0; i < batch.rows().size(); i++) {
            Object[] row = batch.rows().get(i);
            long line = batch.lines()[i];
            Stored earlier = stored.get((String) row[paymentId]);
            if (earlier != null) {
                if (!same(earlier, row)) {
                    conflicts.add(conflict(line, earlier.line(), earlier.fileName(), row));
                }
                continue;
            }
            long slot = seen.putIfAbsent(LineIds.hash((String) row[paymentId]), LineIds.place(0, line), content(row));
            if (slot < 0) {
                rows.add(row);
                lines[rows.size() - 1] = line;
                inserting((String) row[paymentId]);
            }
            else if (seen.contentAt(slot) != content(row)) {
                conflicts.add(conflict(line, LineIds.line(seen.placeAt(slot)), fileName, row));
            }
        }
        return new Split(rows, lines, conflicts);
    }

    /** The range of the payment_ids this file inserted so far (the rows {@link #split} let through); null before any. */
    Ledger.@Nullable KeyRange keys() {
        return first == null || last == null ? null : new Ledger.KeyRange(first, last);
    }

    private void inserting(String id) {
        if (first == null || id.compareTo(first) < 0) {
            first = id;
        }
        if (last == null || id.compareTo(last) > 0) {
            last = id;
        }
    }

    /**
     * Whether a row with this id may be stored: a stored row's id lies within the range of the
     * file that inserted it (this one or a loaded one), ranges by Java's string order as the
     * stored rows are matched by Java's equality.
     */
    private boolean mayBeStored(String id) {
        if (loaded == null || first != null && id.compareTo(first) >= 0 && id.compareTo(last) <= 0) {
            return true;
        }
        for (Ledger.KeyRange range : loaded) {
            if (range.holds(id)) {
                return true;
            }
        }
        return false;
    }

    private Map<String, Stored> stored(List<Object[]> rows) {
        Map<String, Stored> stored = new HashMap<>();
        List<Object> ids = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            if (mayBeStored((String) row[paymentId])) {
                ids.add(row[paymentId]);
            }
        }
        if (ids.isEmpty()) {
            return stored;
        }
        jdbc.query("SELECT p.payment_id, p.customer_id, p.paid_at, p.amount, p.channel, p.line_no, f.file_name"
                + " FROM payment p LEFT JOIN ingest_file f ON f.id = p.file_id WHERE p.payment_id IN ("
                + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")", rs -> {
                    Timestamp at = rs.getTimestamp(3);
                    stored.put(rs.getString(1), new Stored(rs.getString(2), at.toLocalDateTime(), rs.getBigDecimal(4),
                            rs.getString(5), rs.getLong(6), String.valueOf(rs.getString(7))));
                }, ids.toArray());
        return stored;
    }

    private boolean same(Stored earlier, Object[] row) {
        return earlier.customerId().equals(row[customerId]) && earlier.paidAt().equals(row[paidAt])
                && earlier.amount().compareTo((BigDecimal) row[amount]) == 0
                && Objects.equals(earlier.channel(), row[channel]);
    }

    /**
     * A hash of what a row says besides its id: equal for rows that {@link #same} finds equal (the
     * amount by value, a missing channel as the text "null"), built from the values without
     * writing them out as text.
     */
    private long content(Object[] row) {
        LocalDateTime at = (LocalDateTime) row[paidAt];
        long hash = LineIds.mix(LineIds.hash((String) row[customerId]));
        hash = LineIds.mix(hash * 31 + at.toLocalDate().toEpochDay());
        hash = LineIds.mix(hash * 31 + at.toLocalTime().toNanoOfDay());
        hash = LineIds.mix(hash * 31 + amountHash((BigDecimal) row[amount]));
        return LineIds.mix(hash * 31 + LineIds.hash(String.valueOf(row[channel])));
    }

    /** The same for amounts of equal value (12.5 and 12.50): fen when it has no more decimals, else its text. */
    private static long amountHash(BigDecimal value) {
        BigDecimal plain = value.scale() == 2 ? value : value.stripTrailingZeros();
        if (plain.scale() <= 2 && plain.precision() - plain.scale() <= FEN_DIGITS) {
            return plain.setScale(2).scaleByPowerOfTen(2).longValueExact();
        }
        return LineIds.hash(plain.toPlainString());
    }

    private Reject conflict(long line, long firstLine, String firstFile, Object[] row) {
        return new Reject(line, "payment_id", "reuses the payment_id of line " + firstLine + " of " + firstFile
                + " with another row (customer, time, amount or channel differ); only an identical row is a"
                + " re-send, so the first counts and this one is rejected", rawText(row));
    }

    private String rawText(Object[] row) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                text.append(delimiter);
            }
            Object value = row[i];
            text.append(value == null ? "" : value instanceof BigDecimal number ? number.toPlainString() : value);
        }
        return text.toString();
    }
}
