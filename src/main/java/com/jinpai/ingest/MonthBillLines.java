package com.jinpai.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.jinpai.value.spend.ChargeType;
import com.jinpai.value.spend.Fen;
import org.jspecify.annotations.Nullable;

/**
 * The rule that makes a month's spend independent of the order its files arrived in: the month's
 * current bill-line files are read in file-name order, each in line order, and the first line with
 * a {@code line_id} counts. A later line with the same id and the same row (customer, charge type,
 * amount; the month is the file's) is a re-send and counts as a duplicate; with another row it is a
 * conflict, rejected with a reason naming both lines, so a reused id never loses money silently.
 * <p>
 * What counts is summed as it is read into one total per customer and charge type in fen: the
 * only thing written for the month. A fresh database fed the final inbox and one that saw every
 * intermediate version end with the same totals, because both derive them from the same files in
 * the same order.
 */
final class MonthBillLines {

    /** What happened to one line. */
    enum Outcome { COUNTED, DUPLICATE, CONFLICT }

    /** A line that reused the id of an earlier line with another row. */
    record Conflict(int file, long line, int firstFile, long firstLine) {
    }

    private final LineIds ids;
    private final Map<String, long[]> totals = new HashMap<>();
    private final List<Conflict> conflicts = new ArrayList<>();
    private final long[] counted;
    private final long[] duplicates;
    private final long[] conflicting;
    /**
     * The customer of the line before, its hash and its totals once it has any: an export holds a
     * customer's lines together, so most lines need neither the id hashed nor the map looked up.
     */
    private @Nullable String lastCustomer;
    private long lastCustomerHash;
    private long @Nullable [] lastBreakdown;

    /** @param files how many files of the month are read, positions 0 .. files - 1 in name order */
    MonthBillLines(int files) {
        this(files, 1 << 12);
    }

    MonthBillLines(int files, int expectedLines) {
        this.ids = new LineIds(expectedLines);
        this.counted = new long[files];
        this.duplicates = new long[files];
        this.conflicting = new long[files];
    }

    /**
     * One line of file {@code file} (its position in name order), in order.
     *
     * @param fen the amount in fen
     */
    Outcome accept(int file, long line, long idHash, String customerId, ChargeType type, long fen) {
        if (!customerId.equals(lastCustomer)) {
            lastCustomer = customerId;
            lastCustomerHash = LineIds.hash(customerId);
            lastBreakdown = null;
        }
        long content = content(lastCustomerHash, type, fen);
        long slot = ids.putIfAbsent(idHash, LineIds.place(file, line), content);
        if (slot < 0) {
            long[] breakdown = lastBreakdown;
            if (breakdown == null) {
                breakdown = totals.computeIfAbsent(customerId, id -> new long[ChargeType.COUNT]);
                lastBreakdown = breakdown;
            }
            breakdown[type.ordinal()] = Fen.add(breakdown[type.ordinal()], fen);
            counted[file]++;
            return Outcome.COUNTED;
        }
        if (ids.contentAt(slot) == content) {
            duplicates[file]++;
            return Outcome.DUPLICATE;
        }
        long first = ids.placeAt(slot);
        conflicts.add(new Conflict(file, line, LineIds.file(first), LineIds.line(first)));
        conflicting[file]++;
        return Outcome.CONFLICT;
    }

    /** The month's totals: customer id to fen per charge type (in {@link ChargeType} order). */
    Map<String, long[]> totals() {
        return totals;
    }

    List<Conflict> conflicts() {
        return conflicts;
    }

    long counted(int file) {
        return counted[file];
    }

    long duplicates(int file) {
        return duplicates[file];
    }

    long conflicts(int file) {
        return conflicting[file];
    }

    /** A hash of what a line says besides its id. */
    static long content(String customerId, ChargeType type, long fen) {
        return content(LineIds.hash(customerId), type, fen);
    }

    private static long content(long customerHash, ChargeType type, long fen) {
        return LineIds.mix(customerHash * 31 + type.ordinal()) ^ LineIds.mix(fen + 0x632BE59BD9B4E019L);
    }
}
