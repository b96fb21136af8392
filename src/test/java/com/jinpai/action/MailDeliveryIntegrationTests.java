package com.jinpai.action;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.jinpai.action.list.ActionListService;
import com.jinpai.action.mail.MailSummarySection;
import com.jinpai.cli.Cli;
import com.jinpai.support.OnH2;
import com.jinpai.support.OnMariaDb;
import com.jinpai.support.TestDatabase;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The actions flow mails each manager with an email address their list, against an SMTP server
 * started by the test (GreenMail) on a port picked free at start: one message per manager with the
 * list attached, nothing again on a re-run, FAILED deliveries shown when the server is down and sent
 * by the next run.
 */
abstract class MailDeliveryIntegrationTests {

    private static final int PORT = freePort();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("jinpai.mail.enabled", () -> "true");
        // the shipped language: the mail is read in Chinese
        registry.add("jinpai.actions.language", () -> "zh");
        registry.add("jinpai.mail.from", () -> "jinpai@example.com");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
        registry.add("spring.mail.properties.mail.smtp.starttls.enable", () -> "false");
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "5000");
    }

    @Autowired
    DataSource dataSource;

    @Autowired
    JobRepository jobRepository;

    @Autowired
    Flow actionsFlow;

    @Autowired
    JobOperatorTestUtils jobOperator;

    @Autowired
    ActionListService lists;

    @Autowired
    ApplicationContext context;

    private JdbcTemplate jdbc;
    private GreenMail server;
    private int runs;

    @BeforeEach
    void setUp() {
        TestDatabase database = new TestDatabase(dataSource);
        database.reset();
        jdbc = database.jdbc();
        OctoberScenario.load(new ActionFixtures(jdbc));
        // M1 and M2 have an address; M3 has none and gets no mail
        jdbc.update("UPDATE account_manager SET email = NULL WHERE manager_id = 'M3'");
        Job job = new JobBuilder("mailTestJob", jobRepository).start(actionsFlow).end().build();
        jobOperator.setJob(job);
        server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    @Test
    void twoManagersGetOneMessageEachWithTheirListAndAReRunSendsNothing() throws Exception {
        server.start();

        String first = run();

        MimeMessage[] received = server.getReceivedMessages();
        assertThat(received).hasSize(2);
        Map<String, MimeMessage> byRecipient = Map.of(
                received[0].getAllRecipients()[0].toString(), received[0],
                received[1].getAllRecipients()[0].toString(), received[1]);
        assertThat(byRecipient).containsOnlyKeys("m1@example.com", "m2@example.com");
        for (String manager : List.of("M1", "M2")) {
            MimeMessage message = byRecipient.get(manager.toLowerCase() + "@example.com");
            Part attachment = attachments(message).get(0);
            assertThat(attachment.getFileName()).isEqualTo("manager-" + manager + ".xlsx");
            byte[] file = Files.readAllBytes(lists.managerList(OctoberScenario.MONTH, manager));
            assertThat(sha256(attachment.getInputStream())).isEqualTo(sha256(file));
            assertThat(jdbc.queryForObject("SELECT checksum FROM mail_delivery WHERE manager_id = ?", String.class,
                    manager)).isEqualTo(sha256(file));
        }
        MimeMessage m2 = byRecipient.get("m2@example.com");
        assertThat(m2.getSubject()).isEqualTo("2024-10 VIP 待办清单（Manager M2）：2 项，其中 P1 2 项");
        // the raw header is RFC 2047 UTF-8, the body UTF-8 text
        assertThat(m2.getHeader("Subject")[0]).startsWith("=?UTF-8?");
        assertThat(m2.getFrom()[0].toString()).isEqualTo("jinpai@example.com");
        String body = body(m2);
        assertThat(body).contains("Manager M2，您好：").contains("P1 2 项，P2 0 项，P3 0 项")
                .contains("C02").contains("C03");
        keep(received);
        assertThat(first).contains("mail: 2 sent, 0 already sent, 0 failed");

        String again = run();

        assertThat(server.getReceivedMessages()).hasSize(2);
        assertThat(again).contains("mail: 0 sent, 2 already sent, 0 failed");
        assertThat(jdbc.queryForList("SELECT CONCAT(manager_id, ' ', status, ' ', attempts) FROM mail_delivery "
                + "ORDER BY manager_id", String.class)).containsExactly("M1 SENT 1", "M2 SENT 1");
    }

    @Test
    void withTheServerDownTheRunCompletesShowsTheFailuresAndTheNextRunSendsThem() throws Exception {
        String down = run();

        assertThat(jdbc.queryForList("SELECT CONCAT(manager_id, ' ', status, ' ', attempts) FROM mail_delivery "
                + "ORDER BY manager_id", String.class)).containsExactly("M1 FAILED 1", "M2 FAILED 1");
        assertThat(jdbc.queryForList("SELECT error FROM mail_delivery", String.class))
                .allSatisfy(error -> assertThat(error).isNotBlank());
        String summary = down;
        assertThat(summary).contains("mail: 0 sent, 0 already sent, 2 failed")
                .contains("FAILED M1 <m1@example.com> manager-M1.xlsx: ")
                .contains("FAILED M2 <m2@example.com> manager-M2.xlsx: ");

        server.start();
        String back = run();

        assertThat(server.getReceivedMessages()).hasSize(2);
        assertThat(back).contains("mail: 2 sent, 0 already sent, 0 failed");
        assertThat(jdbc.queryForList("SELECT CONCAT(manager_id, ' ', status, ' ', attempts) FROM mail_delivery "
                + "ORDER BY manager_id", String.class)).containsExactly("M1 SENT 2", "M2 SENT 2");
    }

    @Test
    void noMailWritesTheListsAndMailsNothing() throws Exception {
        server.start();

        String execution = run("noMail", "true");

        assertThat(server.getReceivedMessages()).isEmpty();
        assertThat(execution).contains("mail: off (--no-mail)");
        assertThat(lists.managerList(OctoberScenario.MONTH, "M1")).exists();
    }

    @Test
    void aRunOfAPastPeriodWritesItsListsAndMailsNobody() throws Exception {
        server.start();
        // September's bills are loaded: September is closed, August is past
        jdbc.update("INSERT INTO ingest_file (source, file_name, checksum, size_bytes, bill_month, status) "
                + "VALUES ('bill-lines', 'bills-2024-09.csv', ?, 1, '2024-09', 'LOADED')", "0".repeat(64));

        String summary = runMonth("2024-08");

        assertThat(server.getReceivedMessages()).isEmpty();
        assertThat(summary).contains("mail: none (2024-08 is not the current period)");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_delivery", Integer.class)).isZero();
    }

    @Test
    void theMailCommandSendsAManagersListAgainAndExitsOneWhenASendFails() throws Exception {
        server.start();
        run();
        assertThat(server.getReceivedMessages()).hasSize(2);

        assertThat(jinpai("mail", "--month", "2024-10", "--manager", "M1")).startsWith("0 mail 2024-10: 1 sent, 0 failed");
        assertThat(server.getReceivedMessages()).hasSize(3);
        assertThat(server.getReceivedMessagesForDomain("m1@example.com")).hasSize(2);
        assertThat(server.getReceivedMessagesForDomain("m2@example.com")).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT attempts FROM mail_delivery WHERE manager_id = 'M1'", Integer.class))
                .isEqualTo(2);

        server.stop();
        assertThat(jinpai("mail", "--month", "2024-10")).startsWith("1 mail 2024-10: 0 sent, 2 failed")
                .contains("FAILED M1 <m1@example.com> manager-M1.xlsx: ");
        assertThat(jinpai("mail", "--month", "2024-09")).startsWith("2 ").contains("no run of 2024-09 wrote lists");
        assertThat(jinpai("mail", "--month", "2024-10", "--manager", "M3")).startsWith("2 ")
                .contains("manager M3 does not exist or has no email address");
    }

    /** Exit code, stdout and stderr of a command line over the test's context. */
    private String jinpai(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.execute(context, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return code + " " + out + err;
    }

    /**
     * A run of the October scenario, each one a new instance (a re-run); returns what the mail part
     * of the run summary says (not the execution: SpringBatchTest would take a method returning one
     * for its job-scope factory).
     */
    private String run(String... extra) throws Exception {
        return runMonth(OctoberScenario.MONTH.toString(), extra);
    }

    private String runMonth(String month, String... extra) throws Exception {
        JobParametersBuilder parameters = new JobParametersBuilder()
                .addString("month", month)
                .addString("asOf", OctoberScenario.AS_OF.toString())
                .addLong("rerun", (long) ++runs);
        for (int i = 0; i < extra.length; i += 2) {
            parameters.addString(extra[i], extra[i + 1], false);
        }
        JobExecution execution = jobOperator.startJob(parameters.toJobParameters());
        assertThat(execution.getStatus()).as(execution.getAllFailureExceptions().toString())
                .isEqualTo(BatchStatus.COMPLETED);
        return summary(execution);
    }

    private static String summary(JobExecution execution) {
        StringWriter text = new StringWriter();
        new MailSummarySection().write(execution, new PrintWriter(text, true));
        return text.toString();
    }

    /** The text part of a message. */
    private static String body(MimeMessage message) throws Exception {
        Multipart multipart = (Multipart) message.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart inner) {
                for (int j = 0; j < inner.getCount(); j++) {
                    if (inner.getBodyPart(j).isMimeType("text/plain")) {
                        return (String) inner.getBodyPart(j).getContent();
                    }
                }
            }
        }
        throw new AssertionError("no text part in " + message.getSubject());
    }

    /**
     * The messages as received, under target/ for a look with a mail reader, and each body as the
     * manager reads it (UTF-8 text led by a byte-order mark, so a browser opening the file shows the
     * Chinese as Chinese).
     */
    private static void keep(MimeMessage[] received) throws Exception {
        Path folder = Path.of("target/test-output/mail");
        Files.createDirectories(folder);
        for (MimeMessage message : received) {
            String recipient = message.getAllRecipients()[0].toString();
            try (OutputStream out = Files.newOutputStream(folder.resolve(recipient + ".eml"))) {
                message.writeTo(out);
            }
            Files.writeString(folder.resolve(recipient + ".body.txt"), "\uFEFF" + message.getSubject() + "\n\n"
                    + body(message), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static List<Part> attachments(MimeMessage message) throws Exception {
        List<Part> parts = new ArrayList<>();
        Multipart multipart = (Multipart) message.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                parts.add(part);
            }
        }
        return parts;
    }

    private static String sha256(InputStream in) throws Exception {
        try (in) {
            return sha256(in.readAllBytes());
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    @OnH2
    static class H2Tests extends MailDeliveryIntegrationTests {
    }

    @OnMariaDb
    static class MariaDbTests extends MailDeliveryIntegrationTests {
    }
}
