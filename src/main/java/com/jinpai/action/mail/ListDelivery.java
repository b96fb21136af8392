package com.jinpai.action.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.jinpai.action.ActionMessages;
import com.jinpai.action.ActionRule;
import com.jinpai.action.Priority;
import com.jinpai.action.list.ActionListService;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Mails every manager with an email address their list of a month and records each attempt in
 * {@code mail_delivery}. A list already SENT (same manager, month and file checksum) is not mailed
 * again unless asked ({@code jinpai mail}); a failed send is recorded as FAILED with its error and
 * never thrown, so the run goes on and the next run of the month tries it again.
 */
@Service
public class ListDelivery {

    private static final int MAX_ERROR = 500;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String CSV = "text/csv; charset=UTF-8";

    private final JdbcTemplate jdbc;
    private final ActionListService lists;
    private final MailProperties properties;
    private final ObjectProvider<JavaMailSender> sender;
    private final ListMail mail;

    public ListDelivery(JdbcTemplate jdbc, ActionListService lists, MailProperties properties,
            ObjectProvider<JavaMailSender> sender, ActionMessages words) {
        this.jdbc = jdbc;
        this.lists = lists;
        this.properties = properties;
        this.sender = sender;
        this.mail = new ListMail(words, properties.p1Items());
    }

    public boolean enabled() {
        return properties.enabled();
    }

    /**
     * @param publishDay the day the lists were published ("as of" in the body)
     * @param managerId only this manager, or every manager with an email address when null
     * @param again mail lists already SENT once more (an explicit request)
     */
    public DeliveryOutcome deliver(YearMonth month, LocalDate publishDay, @Nullable String managerId, boolean again) {
        List<Map<String, Object>> managers = managerId == null
                ? jdbc.queryForList("SELECT manager_id, name, email FROM account_manager "
                        + "WHERE email IS NOT NULL AND email <> '' ORDER BY manager_id")
                : jdbc.queryForList("SELECT manager_id, name, email FROM account_manager "
                        + "WHERE manager_id = ? AND email IS NOT NULL AND email <> ''", managerId);
        int sent = 0;
        int unchanged = 0;
        List<Failure> failures = new ArrayList<>();
        for (Map<String, Object> manager : managers) {
            String id = (String) manager.get("manager_id");
            String name = manager.get("name") == null ? id : (String) manager.get("name");
            String email = ((String) manager.get("email")).trim();
            Path file = lists.managerList(month, id);
            String fileName = file.getFileName().toString();
            if (!Files.isRegularFile(file)) {
                failures.add(new Failure(id, email, fileName, "list " + file.toAbsolutePath()
                        + " does not exist: a run of " + month + " writes it"));
                continue;
            }
            String checksum = sha256(file);
            List<String> status = jdbc.queryForList("SELECT status FROM mail_delivery WHERE manager_id = ? "
                    + "AND list_month = ? AND checksum = ?", String.class, id, month.toString(), checksum);
            if (!again && status.contains(DeliveryStatus.SENT.name())) {
                unchanged++;
                continue;
            }
            String error = send(month, id, name, email, publishDay, file);
            record(id, month, checksum, fileName, email, error, !status.isEmpty());
            if (error == null) {
                sent++;
            }
            else {
                failures.add(new Failure(id, email, fileName, error));
            }
        }
        return new DeliveryOutcome(managers.size(), sent, unchanged, failures);
    }

    /**
     * The publish day of the latest run that wrote the month's lists (its {@code publishDay}, else its
     * as-of date), for mailing them again outside a run; empty when no run of the month wrote them.
     */
    public Optional<LocalDate> lastPublishDay(YearMonth month) {
        List<String> days = jdbc.query("""
                SELECT COALESCE(pd.PARAMETER_VALUE, ao.PARAMETER_VALUE) FROM BATCH_STEP_EXECUTION s
                JOIN BATCH_JOB_EXECUTION_PARAMS m ON m.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID
                    AND m.PARAMETER_NAME = 'month' AND m.PARAMETER_VALUE = ?
                LEFT JOIN BATCH_JOB_EXECUTION_PARAMS pd ON pd.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID
                    AND pd.PARAMETER_NAME = 'publishDay'
                LEFT JOIN BATCH_JOB_EXECUTION_PARAMS ao ON ao.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID
                    AND ao.PARAMETER_NAME = 'asOf'
                WHERE s.STEP_NAME = 'actionsWriteStep' AND s.STATUS = 'COMPLETED'
                ORDER BY s.STEP_EXECUTION_ID DESC""", (rs, n) -> rs.getString(1), month.toString());
        return days.stream().filter(day -> day != null && !day.isBlank()).findFirst().map(LocalDate::parse);
    }

    private @Nullable String send(YearMonth month, String managerId, String name, String email, LocalDate publishDay,
            Path file) {
        JavaMailSender server = sender.getIfAvailable();
        if (server == null) {
            return "no mail server: set spring.mail.host (config/mail.yml)";
        }
        try {
            ListMail.Message message = mail.compose(month, name, publishDay, items(managerId));
            MimeMessage mime = server.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
            helper.setFrom(properties.from());
            helper.setTo(email);
            helper.setSubject(message.subject());
            helper.setText(message.body(), false);
            String fileName = file.getFileName().toString();
            helper.addAttachment(fileName, new FileSystemResource(file), fileName.endsWith(".xlsx") ? XLSX : CSV);
            server.send(mime);
            return null;
        }
        catch (MailException | MessagingException ex) {
            return describe(ex);
        }
    }

    /** The manager's open actions in list order, as the body shows them. */
    private List<ListMail.Item> items(String managerId) {
        return jdbc.query("""
                SELECT priority, due_date, customer_id, customer_name, rule_code, reason FROM vip_action
                WHERE status = 'OPEN' AND manager_id = ? ORDER BY priority, due_date, customer_id, rule_code""",
                (rs, n) -> new ListMail.Item(Priority.valueOf(rs.getString(1)), rs.getObject(2, LocalDate.class),
                        rs.getString(3), rs.getString(4), ActionRule.valueOf(rs.getString(5)), rs.getString(6)),
                managerId);
    }

    private void record(String managerId, YearMonth month, String checksum, String fileName, String email,
            @Nullable String error, boolean exists) {
        Timestamp now = Timestamp.from(Instant.now());
        String status = (error == null ? DeliveryStatus.SENT : DeliveryStatus.FAILED).name();
        Timestamp sentAt = error == null ? now : null;
        if (exists) {
            jdbc.update("UPDATE mail_delivery SET status = ?, error = ?, attempts = attempts + 1, last_attempt_at = ?, "
                    + "sent_at = COALESCE(?, sent_at), recipient = ?, file_name = ? "
                    + "WHERE manager_id = ? AND list_month = ? AND checksum = ?",
                    status, error, now, sentAt, email, fileName, managerId, month.toString(), checksum);
        }
        else {
            jdbc.update("INSERT INTO mail_delivery (manager_id, list_month, checksum, file_name, recipient, status, "
                    + "error, attempts, first_attempt_at, last_attempt_at, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)",
                    managerId, month.toString(), checksum, fileName, email, status, error, now, now, sentAt);
        }
    }

    /** The cause chain in one line ("Mail server connection failed; Connection refused"), cut to the column. */
    private static String describe(Throwable ex) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = ex; t != null && text.length() < MAX_ERROR; t = t.getCause()) {
            String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            String line = message.lines().findFirst().orElse("").trim();
            if (!line.isEmpty() && text.indexOf(line) < 0) {
                text.append(text.isEmpty() ? "" : "; ").append(line);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) : text.toString();
    }

    static String sha256(Path file) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("every Java runtime has SHA-256", ex);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot read " + file.toAbsolutePath() + " to mail it", ex);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    public enum DeliveryStatus {
        SENT, FAILED
    }

    /** A list that could not be mailed. */
    public record Failure(String managerId, String recipient, String fileName, String error) {
        @Override
        public String toString() {
            return managerId + " <" + recipient + "> " + fileName + ": " + error;
        }
    }

    /**
     * @param managers managers with an email address considered
     * @param sent lists mailed now
     * @param unchanged lists already mailed with the same content, not mailed again
     * @param failures lists that could not be mailed (recorded FAILED, tried again by the next run)
     */
    public record DeliveryOutcome(int managers, int sent, int unchanged, List<Failure> failures) {
    }
}
