package com.jinpai.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;

import com.jinpai.system.BusinessCalendar;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the exports in the inbox into their tables, one file per transaction.
 * <ul>
 * <li>A file whose content (SHA-256) is already loaded is skipped: nothing is touched.</li>
 * <li>A file whose name was loaded before with other content is a correction: the earlier
 * version's rows are deleted and the new ones loaded in the same transaction.</li>
 * <li>A file with more rejected rows than the reject limit, or that cannot be read at all, loads
 * nothing: its transaction is rolled back, then its rejects and a FAILED ledger row are recorded
 * in a transaction of their own. The other files still load.</li>
 * </ul>
 * Used by the ingest steps of the batch jobs, by tests and by the benchmark.
 */
@Service
public class IngestService {

    private static final Logger log = LoggerFactory.getLogger(IngestService.class);
    private static final int TOP_REASONS = 3;
    private static final long PROGRESS_EVERY_ROWS = 1_000_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate newTransaction;
    private final SourcesProperties sources;
    private final KnownCustomers knownCustomers;
    private final BusinessCalendar calendar;
    private final Ledger ledger;

    IngestService(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, SourcesProperties sources,
            KnownCustomers knownCustomers, BusinessCalendar calendar) {
        this.jdbc = jdbc;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.sources = sources;
        this.knownCustomers = knownCustomers;
        this.calendar = calendar;
        this.ledger = new Ledger(jdbc);
    }

    /** Every source in order (customers first), outside a job. Failed files are in the outcomes. */
    public List<FileOutcome> ingestAll(Path inbox) {
        List<FileOutcome> outcomes = new ArrayList<>();
        for (Source source : Source.values()) {
            outcomes.addAll(ingest(source, inbox, null));
        }
        return outcomes;
    }

    /** The files of one source, in name order. Failed files are in the outcomes, not thrown. */
    public List<FileOutcome> ingest(Source source, Path inbox, @Nullable Long jobExecutionId) {
        return files(source, inbox).stream().map(file -> ingestFile(source, inbox, file, jobExecutionId)).toList();
    }

    /** The files of a source under the inbox that its mapping's pattern matches, in name order. */
    public List<Path> files(Source source, Path inbox) {
        return InboxFile.list(inbox, source, sources.mapping(source)).stream().map(InboxFile::path).toList();
    }

    /** One file, in transactions of its own. */
    public FileOutcome ingestFile(Source source, Path inbox, Path path, @Nullable Long jobExecutionId) {
        InboxFile file = InboxFile.of(inbox, source, path);
        SourceMapping mapping = sources.mapping(source);
        String checksum = sha256(path);
        Long sameContent = ledger.loadedWithChecksum(source, checksum);
        if (sameContent != null) {
            log.info("{} {}: skipped, the same content was loaded as file {}", source.id(), file.name(), sameContent);
            return new FileOutcome(source, file.name(), FileOutcome.Status.SKIPPED, null, IngestCounts.NONE, null,
                    "same content as ingest_file " + sameContent);
        }
        Attempt attempt = new Attempt(file, mapping, checksum, size(path), file.monthInName(mapping),
                jobExecutionId, context(file, mapping, jobExecutionId));
        long started = System.nanoTime();
        FileOutcome outcome = newTransaction.execute(status -> {
            FileOutcome loaded = attempt.load();
            if (loaded == null) {
                status.setRollbackOnly();
            }
            return loaded;
        });
        if (outcome == null) {
            outcome = newTransaction.execute(status -> attempt.recordFailure());
            log.warn("{} file failed: {}", source.id(), outcome.message());
        }
        else {
            if (source == Source.CUSTOMERS) {
                knownCustomers.changed();
            }
            IngestCounts counts = outcome.counts();
            log.info("{} {}: loaded {} of {} rows ({} rejected, {} duplicate){} in {} s", source.id(), file.name(),
                    counts.loaded(), counts.read(), counts.rejected(), counts.duplicate(),
                    outcome.replacedEarlier() ? ", replacing file " + outcome.replacedFileId() : "",
                    BigDecimal.valueOf(System.nanoTime() - started, 9).setScale(1, RoundingMode.HALF_UP));
        }
        return outcome;
    }

    private RowValidator.Context context(InboxFile file, SourceMapping mapping, @Nullable Long jobExecutionId) {
        boolean checksCustomers = Layout.of(file.source()).fields().stream()
                .anyMatch(field -> field.kind() == Field.Kind.CUSTOMER_ID);
        Predicate<String> known = checksCustomers ? knownCustomers.forRun(jobExecutionId) : id -> true;
        YearMonth month = Layout.of(file.source()).monthField() != null ? file.monthInName(mapping) : null;
        return new RowValidator.Context(known, month, calendar.zone());
    }

    /** One file version being loaded; {@link #recordFailure()} runs when {@link #load()} did not. */
    private final class Attempt {

        private final InboxFile file;
        private final SourceMapping mapping;
        private final Layout layout;
        private final TableWriter writer;
        private final String checksum;
        private final long sizeBytes;
        private final @Nullable YearMonth month;
        private final @Nullable Long jobExecutionId;
        private final RowValidator.Context context;
        private @Nullable String unreadable;

        Attempt(InboxFile file, SourceMapping mapping, String checksum, long sizeBytes, @Nullable YearMonth month,
                @Nullable Long jobExecutionId, RowValidator.Context context) {
            this.file = file;
            this.mapping = mapping;
            this.layout = Layout.of(file.source());
            this.writer = new TableWriter(jdbc, layout);
            this.checksum = checksum;
            this.sizeBytes = sizeBytes;
            this.month = month;
            this.jobExecutionId = jobExecutionId;
            this.context = context;
        }

        /** The loaded outcome, or null when the file must not load (the caller rolls back). */
        @Nullable FileOutcome load() {
            Long earlier = ledger.loadedWithName(file.source(), file.name());
            long id = ledger.add(file, checksum, sizeBytes, month, Ledger.LOADED, jobExecutionId, now());
            if (earlier != null) {
                writer.deleteFile(earlier);
            }
            long read = 0;
            long rejected = 0;
            try (ExportReader batches = open()) {
                for (Batch batch = batches.next(); batch != null; batch = batches.next()) {
                    writer.insert(batch.rows(), id);
                    writer.insertRejects(batch.rejects(), id);
                    rejected += batch.rejects().size();
                    read = progress(read, batch.read());
                }
            }
            catch (UnreadableFileException ex) {
                unreadable = ex.getMessage();
                return null;
            }
            if (overLimit(read, rejected)) {
                return null;
            }
            long loaded = writer.countFile(id);
            IngestCounts counts = new IngestCounts(read, loaded, rejected, read - rejected - loaded);
            ledger.finish(id, Ledger.LOADED, counts, null, now());
            if (earlier != null) {
                ledger.replace(earlier, id);
            }
            return new FileOutcome(file.source(), file.name(), FileOutcome.Status.LOADED, id, counts, earlier, null);
        }

        /** Records the rejects and a FAILED ledger row; reads the file again rather than holding rejects. */
        FileOutcome recordFailure() {
            long id = ledger.add(file, checksum, sizeBytes, month, Ledger.FAILED, jobExecutionId, now());
            long read = 0;
            long rejected = 0;
            try (ExportReader batches = open()) {
                for (Batch batch = batches.next(); batch != null; batch = batches.next()) {
                    writer.insertRejects(batch.rejects(), id);
                    rejected += batch.rejects().size();
                    read += batch.read();
                }
            }
            catch (UnreadableFileException ex) {
                unreadable = ex.getMessage();
            }
            String message = unreadable != null ? unreadable : overLimitMessage(id, read, rejected);
            IngestCounts counts = new IngestCounts(read, 0, rejected, 0);
            ledger.finish(id, Ledger.FAILED, counts, message, now());
            return new FileOutcome(file.source(), file.name(), FileOutcome.Status.FAILED, id, counts, null, message);
        }

        private ExportReader open() throws UnreadableFileException {
            if (layout.monthField() != null && month == null) {
                throw new UnreadableFileException(file.name(), 0, "the file name carries no month",
                        "Name the file like " + file.source().canonicalPattern().replace("*", "YYYY-MM")
                                + ", or set jinpai.sources." + file.source().id()
                                + ".file-month to find the month in the names the export uses");
            }
            return ExportReader.open(file, mapping, context, sources.batchSize());
        }

        private long progress(long before, long batchRead) {
            long after = before + batchRead;
            if (after / PROGRESS_EVERY_ROWS > before / PROGRESS_EVERY_ROWS) {
                log.info("{} {}: {} rows read", file.source().id(), file.name(), after);
            }
            return after;
        }

        private boolean overLimit(long read, long rejected) {
            return BigDecimal.valueOf(rejected).compareTo(sources.rejectLimit().multiply(BigDecimal.valueOf(read))) > 0;
        }

        private String overLimitMessage(long id, long read, long rejected) {
            List<String> reasons = jdbc.query("SELECT field, reason, COUNT(*) AS n FROM ingest_reject WHERE file_id = ?"
                    + " GROUP BY field, reason ORDER BY n DESC, COALESCE(field, ''), reason LIMIT " + TOP_REASONS,
                    (rs, row) -> ReasonCount.describe(rs.getString("field"), rs.getString("reason"), rs.getLong("n")),
                    id);
            return file.name() + ": " + rejected + " of " + read + " rows rejected (" + percent(rejected, read)
                    + "), over the limit of " + percent(sources.rejectLimit()) + "; commonest reasons: "
                    + String.join("; ", reasons)
                    + ". Nothing of the file was loaded. Correct the export (its rejected rows are in ingest_reject"
                    + " with file_id " + id + ") and put it in the inbox again.";
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(calendar.zone());
    }

    private static String percent(long part, long whole) {
        return percent(whole == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4,
                RoundingMode.HALF_UP));
    }

    private static String percent(BigDecimal share) {
        return share.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static long size(Path path) {
        try {
            return Files.size(path);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot read " + path, ex);
        }
    }

    static String sha256(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot read " + path, ex);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("the JDK has no SHA-256", ex);
        }
    }
}
