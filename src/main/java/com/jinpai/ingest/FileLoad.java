package com.jinpai.ingest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import com.jinpai.ingest.quality.ShrinkGuard;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Loading one file version into its table. {@link #load()} runs in the file's transaction and
 * says whether the file may load; when it may not, the caller rolls back and runs
 * {@link #recordFailure()} in a transaction of its own, which reads the file again to record its
 * rejects (rather than holding an unbounded number of them in memory).
 */
final class FileLoad {

    private static final Logger log = LoggerFactory.getLogger(FileLoad.class);
    private static final int TOP_REASONS = 3;
    private static final long PROGRESS_EVERY_ROWS = 1_000_000;

    private final JdbcTemplate jdbc;
    private final Ledger ledger;
    private final SourcesProperties sources;
    private final ZoneId zone;
    private final FileVersion version;
    private final InboxFile file;
    private final SourceMapping mapping;
    private final Layout layout;
    private final TableWriter writer;
    private final @Nullable Long jobExecutionId;
    private final RowValidator.Context context;
    private final @Nullable ShrinkGuard shrinkGuard;
    private @Nullable String unreadable;
    private @Nullable String shrunk;

    /** @param shrinkGuard what a snapshot file replacing an earlier one may drop; null accepts any drop */
    FileLoad(JdbcTemplate jdbc, Ledger ledger, SourcesProperties sources, ZoneId zone, FileVersion version,
            @Nullable Long jobExecutionId, RowValidator.Context context, @Nullable ShrinkGuard shrinkGuard) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.sources = sources;
        this.zone = zone;
        this.version = version;
        this.file = version.file();
        this.mapping = sources.mapping(file.source());
        this.layout = Layout.of(file.source());
        this.writer = new TableWriter(jdbc, layout, file.source() == Source.PAYMENTS
                ? new PaymentIds(jdbc, file.name(), mapping.delimiter(), ledger.keyRanges(Source.PAYMENTS)) : null);
        this.jobExecutionId = jobExecutionId;
        this.context = context;
        this.shrinkGuard = shrinkGuard;
    }

    /**
     * Replaces the earlier version of the file name, if any, and loads the rows. Null when the
     * file cannot be read or has too many rejects: the caller must roll back.
     */
    @Nullable FileOutcome load() {
        Long earlier = ledger.loadedWithName(file.source(), file.name());
        long id = ledger.add(version, Ledger.LOADED, jobExecutionId, now());
        BillLineLoad bills = bills(id, true);
        UsageLoad usage = file.source() == Source.USAGE ? new UsageLoad(jdbc, id) : null;
        long keysBefore = guardsShrink(earlier) ? writer.countAll() : 0;
        if (earlier != null) {
            if (bills != null) {
                BillLineIdSet.delete(jdbc, earlier);
            }
            else {
                writer.deleteFile(earlier, ledger.loaded(earlier));
            }
        }
        long read = 0;
        long rejected = 0;
        try (PrefetchedBatches batches = open()) {
            for (Batch batch = batches.next(); batch != null; batch = batches.next()) {
                rejected += insert(batch, id, bills, usage);
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
        if (guardsShrink(earlier)) {
            shrunk = shrinkGuard.refusal(file.name(), keysName(), keysBefore, writer.countAll());
            if (shrunk != null) {
                return null;
            }
        }
        IngestCounts counts;
        if (bills != null) {
            long fileRead = read;
            counts = bills.finish(read, rejected, total -> overLimit(fileRead, total), earlier);
            if (counts == null) {
                return null;
            }
        }
        else {
            long loaded = usage != null ? usage.finish() : writer.loaded(id);
            counts = new IngestCounts(read, loaded, rejected, read - rejected - loaded);
        }
        ledger.finish(id, Ledger.LOADED, counts, null, now(), writer.newest(), writer.keys());
        if (earlier != null) {
            ledger.replace(earlier, id);
        }
        return new FileOutcome(file.source(), file.name(), FileOutcome.Status.LOADED, id, counts, earlier, null);
    }

    /** Records the rejects and a FAILED ledger row saying why and what to do. */
    FileOutcome recordFailure() {
        long id = ledger.add(version, Ledger.FAILED, jobExecutionId, now());
        long read = 0;
        long rejected = 0;
        BillLineLoad bills = bills(id, false);
        try (PrefetchedBatches batches = open()) {
            for (Batch batch = batches.next(); batch != null; batch = batches.next()) {
                writer.insertRejects(batch.rejects(), id);
                rejected += batch.rejects().size();
                if (bills != null) {
                    List<Reject> conflicts = bills.add(batch);
                    writer.insertRejects(conflicts, id);
                    rejected += conflicts.size();
                }
                read += batch.read();
            }
        }
        catch (UnreadableFileException ex) {
            unreadable = ex.getMessage();
        }
        String message = unreadable != null ? unreadable : shrunk != null ? shrunk : overLimitMessage(id, read, rejected);
        IngestCounts counts = new IngestCounts(read, 0, rejected, 0);
        ledger.finish(id, Ledger.FAILED, counts, message, now());
        return new FileOutcome(file.source(), file.name(), FileOutcome.Status.FAILED, id, counts, null, message);
    }

    /** Writes a batch's rows (bill lines and usage: sums them) and its rejects; returns how many rows it rejected. */
    private long insert(Batch batch, long fileId, @Nullable BillLineLoad bills, @Nullable UsageLoad usage) {
        writer.insertRejects(batch.rejects(), fileId);
        if (usage != null) {
            usage.add(batch);
            return batch.rejects().size();
        }
        if (bills == null) {
            return batch.rejects().size() + writer.insert(batch, fileId);
        }
        List<Reject> conflicts = bills.add(batch);
        writer.insertRejects(conflicts, fileId);
        return batch.rejects().size() + conflicts.size();
    }

    private @Nullable BillLineLoad bills(long fileId, boolean keepIds) {
        if (file.source() != Source.BILL_LINES || version.month() == null) {
            return null;
        }
        return new BillLineLoad(jdbc, ledger, file, fileId, version.month(), mapping.delimiter(), keepIds);
    }

    /**
     * Only a snapshot file replacing an earlier version can drop keys: another name adds to the
     * snapshot (newest row per key wins) and removes nothing.
     */
    private boolean guardsShrink(@Nullable Long earlier) {
        return shrinkGuard != null && earlier != null
                && (file.source() == Source.CUSTOMERS || file.source() == Source.ACCOUNT_MANAGERS);
    }

    private String keysName() {
        return file.source() == Source.CUSTOMERS ? "customers" : "account managers";
    }

    private PrefetchedBatches open() throws UnreadableFileException {
        if (layout.monthField() != null && version.month() == null) {
            throw new UnreadableFileException(file.name(), 0, "the file name carries no month",
                    "Name the file like " + file.source().canonicalPattern().replace("*", "YYYY-MM")
                            + ", or set jinpai.sources." + file.source().id()
                            + ".file-month to find the month in the names the export uses");
        }
        return new PrefetchedBatches(ExportReader.open(file, mapping, context, sources.batchSize()), file.name());
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

    private LocalDateTime now() {
        return LocalDateTime.now(zone);
    }

    private static String percent(long part, long whole) {
        return percent(whole == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP));
    }

    private static String percent(BigDecimal share) {
        return share.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
