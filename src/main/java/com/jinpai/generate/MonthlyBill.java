package com.jinpai.generate;

import java.time.YearMonth;
import java.util.List;

import com.jinpai.value.spend.ChargeType;

/**
 * One customer's bill for one month, in fen. For the open month it is never written: it is the
 * bill the month is heading for, and its usage shares drive that month's usage files.
 *
 * @param usageFen     rated usage per {@link Service} ordinal, spike excluded
 * @param spikeService the service an unusual burst of usage went to, or null
 * @param spikeFen     the size of that burst
 */
record MonthlyBill(YearMonth month, List<Line> lines, long[] usageFen, Service spikeService, long spikeFen) {

    record Line(ChargeType type, long fen) {
    }

    static MonthlyBill none(YearMonth month) {
        return new MonthlyBill(month, List.of(), new long[Service.values().length], null, 0);
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    /** What the customer owes for the month: every line, handset instalments included. */
    long totalFen() {
        long total = 0;
        for (Line line : lines) {
            total += line.fen();
        }
        return total;
    }

    /** Rated usage of a service over the whole month, the burst included. */
    long monthUsageFen(Service service) {
        return usageFen[service.ordinal()] + (service == spikeService ? spikeFen : 0);
    }
}
