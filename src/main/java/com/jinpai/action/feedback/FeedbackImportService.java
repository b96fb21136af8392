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
 * feedback), marks the open action of that row's customer, rule, situation and period DONE as of
 * today. An empty or {@code OPEN} status leaves the action open; a note in the {@code note} column
 * is kept either way, and shown on the next list while the action stays open. Rows naming no action, an expired one, or
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
            boolean open = row.status().isEmpty() || row.status().equalsIgnoreCase(ActionStatus.OPEN.name());
            if (open && row.note().isEmpty()) {
                leftOpen++;
                continue;
            }
            String problem = problem(row);
            if (problem == null) {
                Integer first = firstRowOfKey.putIfAbsent(rowKey(row), row.row());
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
        List<Object[]> notes = new ArrayList<>();
        int alreadyDone = 0;
        Map<String, Integer> firstRowOfAction = new HashMap<>();
        for (FeedbackRow row : asks) {
            Stored action = stored.get(rowKey(row));
            boolean open = row.status().isEmpty() || row.status().equalsIgnoreCase(ActionStatus.OPEN.name());
            Integer first = action == null || action == Stored.AMBIGUOUS ? null
                    : firstRowOfAction.putIfAbsent(key(row.customerId(), row.rule(), row.period(), action.situation),
                            row.row());
            if (first != null) {
                // one row with the situation column and one without can name the same action
                unmatched.add(unmatched(row, "the same action as row " + first + "; only row " + first + " counts"));
            }
            else if (action == Stored.AMBIGUOUS) {
                unmatched.add(unmatched(row, "customer " + row.customerId() + " has several " + row.rule()
                        + " actions in " + row.period() + ": keep the situation column of the list"));
            }
            else if (action == null) {
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
            else if (open) {
                // a note on an action still open: kept and shown on the next list while it stays open
                leftOpen++;
                notes.add(new Object[] {truncate(row.note()), row.customerId(), row.rule(), action.situation,
                        row.period()});
            }
            else {
                String note = !row.note().isEmpty() ? truncate(row.note())
                        : row.status().equalsIgnoreCase(DONE) ? null : truncate(row.status());
                updates.add(new Object[] {Date.valueOf(today), note, row.customerId(), row.rule(), action.situation,
                        row.period()});
            }
        }
        if (!notes.isEmpty()) {
            jdbc.batchUpdate("UPDATE vip_action SET feedback_note = ? WHERE customer_id = ? AND rule_code = ? "
                    + "AND situation = ? AND period = ? AND status = 'OPEN'", notes);
        }
        int updated = 0;
        if (!updates.isEmpty()) {
            int[] counts = jdbc.batchUpdate("UPDATE vip_action SET status = 'DONE', closed_on = ?, feedback_note = ? "
                    + "WHERE customer_id = ? AND rule_code = ? AND situation = ? AND period = ? AND status = 'OPEN'",
                    updates);
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
                jdbc.query("SELECT customer_id, rule_code, status, due_date, situation FROM vip_action "
                        + "WHERE period = ? AND customer_id IN (" + marks + ")", rs -> {
                            Stored action = new Stored(ActionStatus.valueOf(rs.getString(3)),
                                    rs.getObject(4, LocalDate.class), rs.getString(5));
                            stored.put(key(rs.getString(1), rs.getString(2), period, action.situation), action);
                            // a row without the situation column names the action when it is the only one
                            stored.merge(key(rs.getString(1), rs.getString(2), period, ""), action,
                                    (a, b) -> Stored.AMBIGUOUS);
                        }, args.toArray());
            }
        });
        return stored;
    }

    private static String key(String customerId, String rule, String period, String situation) {
        // the database compares ids without regard to case on MySQL: do the same here
        return customerId.toUpperCase(Locale.ROOT) + '\u0000' + rule + '\u0000' + period + '\u0000' + situation;
    }

    private static String rowKey(FeedbackRow row) {
        return key(row.customerId(), row.rule(), row.period(), row.situation());
    }

    private static FeedbackImportResult.Unmatched unmatched(FeedbackRow row, String reason) {
        return new FeedbackImportResult.Unmatched(row.row(), row.customerId(), row.rule(), row.period(), reason);
    }

    private static String truncate(String note) {
        return note.length() <= NOTE_MAX ? note : note.substring(0, NOTE_MAX);
    }

    private record Stored(ActionStatus status, LocalDate dueDate, String situation) {

        /** Several actions of one customer, rule and period, and the row does not say which. */
        static final Stored AMBIGUOUS = new Stored(ActionStatus.OPEN, LocalDate.MIN, "");
    }
}
