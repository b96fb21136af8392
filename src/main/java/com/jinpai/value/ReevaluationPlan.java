package com.jinpai.value;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which closed months a month-close evaluates. A month's fingerprint hashes its inputs (the
 * bill-line files loaded for it, the customers joined by its end, the value settings) and the
 * fingerprint of the closed month before it, so a change anywhere makes that month and every
 * later one stale. Month-close M evaluates, in month order, the stale months up to M, M itself,
 * and every later month up to the latest one evaluated before: tier grace counts and ranks carry
 * forward, and the tier and star history of M is the chain its later months' rows continue (an
 * evaluation rewrites that chain from its own month on), so nothing evaluated after M may stay as
 * it was. A stale month before M needs evaluating, a current one gets the same rows again and
 * needs none; a later month that was never evaluated, after every evaluated one, waits for its
 * own month-close or the nightly catch-up. Each month of a cold backfill is thus evaluated once.
 */
final class ReevaluationPlan {

    private ReevaluationPlan() {
    }

    /**
     * The stale closed months up to the requested one, the requested month (a re-run recomputes
     * it), and every month after it through the latest month evaluated before: those have rows
     * and history built on the requested month's, which its evaluation rewrites. A month after the
     * requested one that sits before an evaluated month is evaluated even if it never was, since
     * that later month's grace counts and ranks read it; a month after every evaluated one is left
     * to its own month-close or the nightly catch-up. A cold sequence of N month-closes, oldest
     * first, costs N evaluations.
     *
     * @param closedMonths every closed month, ascending
     * @param expected the fingerprint each closed month has now
     * @param stored the fingerprint each month was last evaluated from
     * @throws IllegalStateException when the requested month is not closed
     */
    static List<YearMonth> months(List<YearMonth> closedMonths, Map<YearMonth, String> expected,
            Map<YearMonth, String> stored, YearMonth requested) {
        if (!closedMonths.contains(requested)) {
            throw new IllegalStateException("Month " + requested + " is not closed: no bill-lines file for it has"
                    + " status LOADED in ingest_file. Ingest billing/bill_lines_" + requested
                    + "*.csv first, or run the nightly job for an open month.");
        }
        List<YearMonth> stale = stale(closedMonths, expected, stored);
        YearMonth lastEvaluated = closedMonths.stream().filter(stored::containsKey).reduce((a, b) -> b)
                .orElse(requested);
        return closedMonths.stream()
                .filter(month -> month.equals(requested)
                        || stale.contains(month) && !month.isAfter(requested)
                        || month.isAfter(requested) && !month.isAfter(lastEvaluated))
                .toList();
    }

    /**
     * The nightly catch-up: the closed months whose inputs changed since they were evaluated (a
     * bill file that arrived or was corrected, new customers, other settings), from the first such
     * month through the latest closed month, the never-evaluated ones included (the open month's
     * estimate reads the whole closed history); none when every closed month is current.
     */
    static List<YearMonth> stale(List<YearMonth> closedMonths, Map<YearMonth, String> expected,
            Map<YearMonth, String> stored) {
        for (YearMonth month : closedMonths) {
            if (!Objects.equals(expected.get(month), stored.get(month))) {
                return closedMonths.stream().filter(m -> !m.isBefore(month)).toList();
            }
        }
        return List.of();
    }

    static String fingerprint(String previous, String settings, List<String> files, long customers) {
        String text = "previous " + (previous == null ? "-" : previous) + "\n" + settings + "\nfiles " + files
                + "\ncustomers " + customers;
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", ex);
        }
    }
}
