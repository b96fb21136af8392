package com.jinpai.action.mail;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import com.jinpai.action.ActionMessages;
import com.jinpai.action.ActionRule;
import com.jinpai.action.Priority;
import org.jspecify.annotations.Nullable;

/**
 * The subject and body of one manager's mail, in the list's language: counts per priority, the
 * first P1 items (due date, customer, rule, reason) and how to hand the list back.
 */
public final class ListMail {

    private final ActionMessages words;
    private final int p1Items;

    public ListMail(ActionMessages words, int p1Items) {
        this.words = words;
        this.p1Items = p1Items;
    }

    /** One open action as the mail shows it. */
    public record Item(Priority priority, LocalDate dueDate, String customerId, @Nullable String customerName,
            ActionRule rule, String reason) {
    }

    public record Message(String subject, String body) {
    }

    /**
     * @param managerName the manager's name (the id when the export gives none)
     * @param publishDay the day the list is published, "as of" in the body
     * @param items the manager's open actions in list order (P1 first, earliest due first)
     */
    public Message compose(YearMonth month, String managerName, LocalDate publishDay, List<Item> items) {
        long[] counts = new long[Priority.values().length];
        items.forEach(item -> counts[item.priority().ordinal()]++);
        long p1 = counts[Priority.P1.ordinal()];
        String subject = words.get("mail.subject", month.toString(), managerName, items.size(), p1);
        StringBuilder body = new StringBuilder();
        body.append(words.get("mail.greeting", managerName)).append("\n\n");
        if (items.isEmpty()) {
            body.append(words.get("mail.nothing")).append("\n");
        }
        else {
            body.append(words.get("mail.counts", words.date(publishDay), items.size(), counts[0], counts[1],
                    counts[2])).append("\n");
            List<Item> urgent = items.stream().filter(item -> item.priority() == Priority.P1).toList();
            if (!urgent.isEmpty()) {
                body.append("\n").append(words.get("mail.p1-heading")).append("\n");
                urgent.stream().limit(p1Items).forEach(item -> body.append("  ").append(words.get("mail.p1-line",
                        words.date(item.dueDate()), item.customerId(),
                        item.customerName() == null ? "" : item.customerName(), words.rule(item.rule()),
                        item.reason())).append("\n"));
                if (urgent.size() > p1Items) {
                    body.append("  ").append(words.get("mail.p1-more", urgent.size() - p1Items)).append("\n");
                }
            }
        }
        body.append("\n").append(words.get("mail.closing")).append("\n");
        return new Message(subject, body.toString());
    }
}
