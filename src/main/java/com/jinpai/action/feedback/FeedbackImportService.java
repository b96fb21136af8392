package com.jinpai.action.feedback;

import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.jinpai.action.ActionRule;
import com.jinpai.action.ActionStatus;
import com.jinpai.system.BusinessCalendar;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies a handed-back list: a status of {@code DONE}, or any other text (a note, kept as the
 * feedback), marks the open action of that row's customer, rule and period DONE as of today. An
 * empty or {@code OPEN} status leaves the action open. Rows naming no action, an expired one, or
 * the same action twice are reported as unmatched. All of a file's updates commit together.
 */
@Service
public class FeedbackImportService {

    private static final String DONE = "DONE";
    private static final int NOTE_MAX = 500;
    private static final int IN_LIST = 500;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final BusinessCalendar calendar;

    public FeedbackImportService(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
            BusinessCalendar calendar) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.calendar = calendar;
    }

    /**
     * @throws FeedbackFileException when the file cannot be read as a list at all
     */
    public FeedbackImportResult importFeedback(Path file) {
        List<FeedbackRow> rows = FeedbackFiles.read(file).stream().filter(row -> !row.isBlank()).toList();
        FeedbackImportResult result = transaction.execute(status -> apply(file, rows));
        return result;
    }

    private FeedbackImportResult apply(Path file, List<FeedbackRow> rows) {
        List<FeedbackImportResult.Unmatched> unmatched = new ArrayList<>();
        List<FeedbackRow> asks = new ArrayList<>();
        Map<String, Integer> firstRowOfKey = new HashMap<>();
        int leftOpen = 0;
        for (FeedbackRow row : rows) {
            if (row.status().isEmpty() || row.status().equalsIgnoreCase(ActionStatus.OPEN.name())) {
                leftOpen++;
                continue;
            }
            String problem = problem(row);
            if (problem == null) {
                Integer first = firstRowOfKey.putIfAbsent(key(row.customerId(), row.rule(), row.period()), row.row());
                problem = first == null ? null : "the same action as row " + first + "; only row " + first + " counts";
            }
            if (problem != null) {
                unmatched.add(unmatched(row, problem));
            }
            else {
                asks.add(row);
            }
        }

        Map<String, Stored> stored = lookUp(asks);
        LocalDate today = calendar.today();
        List<Object[]> updates = new ArrayList<>();
        int alreadyDone = 0;
        for (FeedbackRow row : asks) {
            Stored action = stored.get(key(row.customerId(), row.rule(), row.period()));
            if (action == null) {
                unmatched.add(unmatched(row, "no action for customer " + row.customerId() + ", rule " + row.rule()
                        + ", period " + row.period()));
            }
            else if (action.status == ActionStatus.DONE) {
                alreadyDone++;
            }
            else if (action.status == ActionStatus.EXPIRED) {
                unmatched.add(unmatched(row, "the action expired (due " + action.dueDate
                        + ") before it was handed back; not updated"));
            }
            else {
                String note = row.status().equalsIgnoreCase(DONE) ? null : truncate(row.status());
                updates.add(new Object[] {Date.valueOf(today), note, row.customerId(), row.rule(), row.period()});
            }
        }
        int updated = 0;
        if (!updates.isEmpty()) {
            int[] counts = jdbc.batchUpdate("UPDATE vip_action SET status = 'DONE', closed_on = ?, feedback_note = ? "
                    + "WHERE customer_id = ? AND rule_code = ? AND period = ? AND status = 'OPEN'", updates);
            updated = updates.size();
            for (int count : counts) {
                if (count == 0) {
                    // only a concurrent change can get here: the row was OPEN when looked up
                    throw new IllegalStateException("an action of " + file + " changed during the import; "
                            + "import the file again");
                }
            }
        }
        unmatched.sort((a, b) -> Integer.compare(a.row(), b.row()));
        return new FeedbackImportResult(file, rows.size(), updated + alreadyDone, updated, alreadyDone, leftOpen,
                Collections.unmodifiableList(unmatched));
    }

    /** Why a row cannot name an action, or null when it can. */
    private static String problem(FeedbackRow row) {
        if (row.customerId().isEmpty()) {
            return "customer_id is empty";
        }
        if (Arrays.stream(ActionRule.values()).noneMatch(rule -> rule.name().equals(row.rule()))) {
            return "rule '" + row.rule() + "' is not one of " + Arrays.toString(ActionRule.values());
        }
        try {
            YearMonth.parse(row.period());
        }
        catch (DateTimeParseException ex) {
            return "period '" + row.period() + "' is not YYYY-MM";
        }
        return null;
    }

    /** The stored actions the rows name: one query per period and up to 500 customers. */
    private Map<String, Stored> lookUp(List<FeedbackRow> rows) {
        Map<String, List<String>> customersPerPeriod = new TreeMap<>();
        for (FeedbackRow row : rows) {
            customersPerPeriod.computeIfAbsent(row.period(), p -> new ArrayList<>()).add(row.customerId());
        }
        Map<String, Stored> stored = new HashMap<>();
        customersPerPeriod.forEach((period, customers) -> {
            List<String> distinct = customers.stream().distinct().toList();
            for (int from = 0; from < distinct.size(); from += IN_LIST) {
                List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + IN_LIST));
                String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
                List<Object> args = new ArrayList<>(chunk);
                args.add(0, period);
                jdbc.query("SELECT customer_id, rule_code, status, due_date FROM vip_action WHERE period = ? "
                        + "AND customer_id IN (" + marks + ")", rs -> {
                            stored.put(key(rs.getString(1), rs.getString(2), period), new Stored(
                                    ActionStatus.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class)));
                        }, args.toArray());
            }
        });
        return stored;
    }

    private static String key(String customerId, String rule, String period) {
        // the database compares ids without regard to case on MySQL: do the same here
        return customerId.toUpperCase(Locale.ROOT) + '\u0000' + rule + '\u0000' + period;
    }

    private static FeedbackImportResult.Unmatched unmatched(FeedbackRow row, String reason) {
        return new FeedbackImportResult.Unmatched(row.row(), row.customerId(), row.rule(), row.period(), reason);
    }

    private static String truncate(String note) {
        return note.length() <= NOTE_MAX ? note : note.substring(0, NOTE_MAX);
    }

    private record Stored(ActionStatus status, LocalDate dueDate) {
    }
}
