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
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;

import com.jinpai.ingest.quality.InputsProperties;
import com.jinpai.ingest.quality.ShrinkGuard;
import com.jinpai.system.BusinessCalendar;
import com.jinpai.value.PartitionProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the exports in the inbox into their tables, one file per transaction.
 * <ul>
 * <li>A file whose content (SHA-256) is already loaded is skipped: nothing is touched but the
 * ledger's {@link FileStat} key of its name's loaded version. A file whose key is that recorded for
 * its name's loaded version is unchanged since, and is skipped without being read.</li>
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

    private final JdbcTemplate jdbc;
    private final TransactionTemplate newTransaction;
    private final SourcesProperties sources;
    private final KnownCustomers knownCustomers;
    private final BusinessCalendar calendar;
    private final Ledger ledger;
    private final ShrinkGuard shrinkGuard;
    private final int lockRetries;

    IngestService(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, SourcesProperties sources,
            KnownCustomers knownCustomers, BusinessCalendar calendar, InputsProperties inputs,
            PartitionProperties partitions) {
        this.jdbc = jdbc;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        // a file's transaction replaces exactly its own rows and its month's: no gap locks on other months'
        this.newTransaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.lockRetries = partitions.lockRetries();
        this.sources = sources;
        this.knownCustomers = knownCustomers;
        this.calendar = calendar;
        this.ledger = new Ledger(jdbc);
        this.shrinkGuard = new ShrinkGuard(inputs.snapshotShrinkLimit());
    }

    /** Every source in order (customers first), outside a job. Failed files are in the outcomes. */
    public List<FileOutcome> ingestAll(Path inbox) {
        List<FileOutcome> outcomes = new ArrayList<>();
        for (Source source : Source.values()) {
            outcomes.addAll(ingest(source, inbox));
        }
        return outcomes;
    }

    /** The files of one source, in name order, outside a job. Failed files are in the outcomes. */
    public List<FileOutcome> ingest(Source source, Path inbox) {
        return ingest(source, inbox, null);
    }

    /** The files of one source, in name order. Failed files are in the outcomes, not thrown. */
    public List<FileOutcome> ingest(Source source, Path inbox, @Nullable Long jobExecutionId) {
        return files(source, inbox).stream().map(file -> ingestFile(source, inbox, file, jobExecutionId, false))
                .toList();
    }

    /** The files of a source under the inbox that its mapping's pattern matches, in name order. */
    public List<Path> files(Source source, Path inbox) {
        return InboxFile.list(inbox, source, sources.mapping(source)).stream().map(InboxFile::path).toList();
    }

    /**
     * The files of a monthly source grouped by the month in their names (in month order, files in
     * name order within a month); files whose name carries no month under {@link #NO_MONTH}, where
     * they fail saying so. The unit an ingest partition takes: a month's files always load in one
     * partition, one after the other.
     */
    public SortedMap<String, List<Path>> filesByMonth(Source source, Path inbox) {
        SourceMapping mapping = sources.mapping(source);
        SortedMap<String, List<Path>> months = new TreeMap<>();
        for (InboxFile file : InboxFile.list(inbox, source, mapping)) {
            YearMonth month = file.monthInName(mapping);
            months.computeIfAbsent(month == null ? NO_MONTH : month.toString(), key -> new ArrayList<>())
                    .add(file.path());
        }
        return months;
    }

    /** The month key of files whose name carries no month (sorts after every YYYY-MM). */
    public static final String NO_MONTH = "no-month";

    /** One file, in transactions of its own; a snapshot that drops too many known keys fails. */
    public FileOutcome ingestFile(Source source, Path inbox, Path path, @Nullable Long jobExecutionId) {
        return ingestFile(source, inbox, path, jobExecutionId, false);
    }

    /**
     * One file, in transactions of its own.
     *
     * @param acceptShrink let a snapshot file drop more known keys than the shrink limit (the run's
     *        {@code --accept-shrink})
     */
    public FileOutcome ingestFile(Source source, Path inbox, Path path, @Nullable Long jobExecutionId,
            boolean acceptShrink) {
        InboxFile file = InboxFile.of(inbox, source, path);
        SourceMapping mapping = sources.mapping(source);
        YearMonth month = Layout.of(source).snapshot() ? null : file.monthInName(mapping);
        // taken before the file is read: a change while it is read gives the next run another key
        FileStat stat = FileStat.of(path, Instant.now());
        String unchanged = stat.key() == null ? null : ledger.unchanged(source, file.name(), stat.key());
        String checksum = unchanged != null ? unchanged : sha256(path);
        // a monthly file is the same as a loaded one only within its month: months load side by side
        Long sameContent = ledger.loadedWithChecksum(source, checksum, month);
        if (sameContent != null) {
            if (unchanged == null && stat.recordable() != null) {
                ledger.recordStat(source, file.name(), checksum, stat.recordable());
            }
            log.info("{} {}: skipped, the same content was loaded as file {}{}", source.id(), file.name(), sameContent,
                    unchanged != null ? " (unchanged since, by size and file times: not read)" : "");
            return new FileOutcome(source, file.name(), FileOutcome.Status.SKIPPED, null, IngestCounts.NONE, null,
                    "same content as ingest_file " + sameContent);
        }
        FileVersion version = new FileVersion(file, checksum, size(path), month, stat.recordable());
        RowValidator.Context rowContext = context(version, jobExecutionId);
        long started = System.nanoTime();
        FileLoad load = null;
        FileOutcome outcome = null;
        for (int attempt = 1; ; attempt++) {
            FileLoad attemptLoad = new FileLoad(jdbc, ledger, sources, calendar.zone(), version, jobExecutionId,
                    rowContext, acceptShrink ? null : shrinkGuard);
            load = attemptLoad;
            try {
                outcome = newTransaction.execute(status -> {
                    FileOutcome loaded = attemptLoad.load();
                    if (loaded == null) {
                        status.setRollbackOnly();
                    }
                    return loaded;
                });
                break;
            }
            catch (PessimisticLockingFailureException ex) {
                // files of other months load side by side: InnoDB may roll one back as a deadlock victim
                if (attempt > lockRetries) {
                    throw ex;
                }
                log.warn("{} {}: rolled back by the database on a lock, loading it again (attempt {} of {})",
                        source.id(), file.name(), attempt + 1, lockRetries + 1);
            }
        }
        if (outcome == null) {
            FileLoad failed = load;
            outcome = newTransaction.execute(status -> failed.recordFailure());
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

    /** What rows are checked against: the customer ids (read only for sources that need them) and the month. */
    private RowValidator.Context context(FileVersion version, @Nullable Long jobExecutionId) {
        Layout layout = Layout.of(version.file().source());
        boolean checksCustomers = layout.fields().stream().anyMatch(field -> field.kind() == Field.Kind.CUSTOMER_ID);
        Predicate<String> known = checksCustomers ? knownCustomers.forRun(jobExecutionId) : id -> true;
        YearMonth month = layout.monthField() != null ? version.month() : null;
        return new RowValidator.Context(known, month, calendar.zone(), sources.maxAmount());
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
