package com.jinpai.ingest.quality;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.jinpai.value.ClosedMonths;
import com.jinpai.value.spend.ArrearsProperties;
import com.jinpai.value.spend.ArrearsRule;

/**
 * Whether the payments are known far enough to call a customer about arrears. A month's arrears are
 * taken on its last day when it is closed, on the night of the run for the open month; the bill they
 * judge is the latest one past due then. Arrears are only real when that bill's payments export is
 * loaded and payments are known up to its due date (the newest paid_at reaches it, {@link NewestPayment}): otherwise a
 * missing or late payments file would read as customers who did not pay.
 */
@Component
public class PaymentCoverage {

    private final JdbcTemplate jdbc;
    private final ClosedMonths closedMonths;
    private final ArrearsRule arrears;
    private final NewestPayment newestPayment;

    PaymentCoverage(JdbcTemplate jdbc, ClosedMonths closedMonths, ArrearsProperties arrears,
            NewestPayment newestPayment) {
        this.jdbc = jdbc;
        this.newestPayment = newestPayment;
        this.closedMonths = closedMonths;
        this.arrears = new ArrearsRule(arrears);
    }

    /**
     * Why the arrears of {@code month} cannot be judged (ARREARS_NOTICE is then not issued), or null
     * when they can (or when no bill is past due, so there are no arrears to judge).
     *
     * @param asOf the run's as-of date
     */
    public @Nullable String gap(YearMonth month, LocalDate asOf) {
        List<YearMonth> closed = closedMonths.all();
        LocalDate arrearsOn = closed.contains(month) ? month.atEndOfMonth() : asOf;
        YearMonth judged = arrears.latestPastDue(closed.stream().filter(m -> !m.isAfter(month)).toList(), arrearsOn);
        if (judged == null) {
            return null;
        }
        List<String> files = jdbc.queryForList("SELECT file_name FROM ingest_file WHERE source = 'payments'"
                + " AND status = 'LOADED' AND bill_month = ?", String.class, judged.toString());
        return gap(judged, arrears.dueDate(judged), files.isEmpty(), newestPayment.day());
    }

    /** The rule itself: the judged bill's payments file is there and the payments reach its due date. */
    static @Nullable String gap(YearMonth judged, LocalDate due, boolean noFile, @Nullable LocalDate newestPaid) {
        String consequence = ": no ARREARS_NOTICE is issued until they are";
        if (noFile) {
            return "payments: no payments file for " + judged + ", whose bill (due " + due
                    + ") is the latest past due, so its payments are not known" + consequence;
        }
        if (newestPaid == null || newestPaid.isBefore(due)) {
            return "payments: known up to " + (newestPaid == null ? "no day" : newestPaid) + " (newest paid_at), before "
                    + due + ", the due date of the " + judged + " bill judged" + consequence;
        }
        return null;
    }
}
