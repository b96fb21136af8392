package com.jinpai.ingest;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * The ingest_file ledger: one row per file version seen. A LOADED row stands for the rows the
 * file put in its table (they carry its id as file_id); REPLACED rows were superseded by a
 * corrected file of the same name; FAILED rows loaded nothing.
 */
final class Ledger {

    static final String LOADED = "LOADED";
    static final String REPLACED = "REPLACED";
    static final String FAILED = "FAILED";

    private static final int MESSAGE_LIMIT = 2000;

    private final JdbcTemplate jdbc;

    Ledger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The loaded file with this content (of this month, for a monthly file), if any: loading it
     * again would change nothing. A monthly file is compared with its own month's files only, so
     * that whether it loads does not depend on which month's partition ran first.
     */
    @Nullable Long loadedWithChecksum(Source source, String checksum, @Nullable YearMonth month) {
        if (month == null) {
            return first(jdbc.queryForList("SELECT id FROM ingest_file WHERE source = ? AND checksum = ?"
                    + " AND status = ? ORDER BY id", Long.class, source.id(), checksum, LOADED));
        }
        return first(jdbc.queryForList("SELECT id FROM ingest_file WHERE source = ? AND checksum = ? AND status = ?"
                + " AND bill_month = ? ORDER BY id", Long.class, source.id(), checksum, LOADED, month.toString()));
    }

    /**
     * The checksum of the loaded version of a file name whose recorded {@link FileStat} key is
     * {@code statKey}, if any: the file is then unchanged since it loaded.
     */
    @Nullable String unchanged(Source source, String fileName, String statKey) {
        List<String> checksums = jdbc.queryForList("SELECT checksum FROM ingest_file WHERE source = ?"
                + " AND file_name = ? AND status = ? AND stat_key = ?", String.class, source.id(), fileName, LOADED,
                statKey);
        return checksums.isEmpty() ? null : checksums.get(0);
    }

    /**
     * Records the {@link FileStat} key on the loaded version of a file name with this content (one
     * loaded before keys were kept, or changed too recently to trust when it loaded), so that the
     * next run need not hash it.
     */
    void recordStat(Source source, String fileName, String checksum, String statKey) {
        jdbc.update("UPDATE ingest_file SET stat_key = ? WHERE source = ? AND file_name = ? AND checksum = ?"
                + " AND status = ?", statKey, source.id(), fileName, checksum, LOADED);
    }

    /** The loaded version of a file name, if any: a new version replaces it. */
    @Nullable Long loadedWithName(Source source, String fileName) {
        return first(jdbc.queryForList("SELECT id FROM ingest_file WHERE source = ? AND file_name = ? AND status = ?"
                + " ORDER BY id", Long.class, source.id(), fileName, LOADED));
    }

    /** Adds the row of a file version and returns its id. */
    long add(FileVersion version, String status, @Nullable Long jobExecutionId, LocalDateTime startedAt) {
        InboxFile file = version.file();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement("INSERT INTO ingest_file (source, file_name,"
                    + " checksum, size_bytes, bill_month, status, job_execution_id, started_at, stat_key)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
            statement.setString(1, file.source().id());
            statement.setString(2, file.name());
            statement.setString(3, version.checksum());
            statement.setLong(4, version.sizeBytes());
            statement.setString(5, version.month() == null ? null : version.month().toString());
            statement.setString(6, status);
            statement.setObject(7, jobExecutionId);
            statement.setTimestamp(8, Timestamp.valueOf(startedAt));
            statement.setString(9, version.statKey());
            return statement;
        }, key);
        return key.getKeyAs(Number.class).longValue();
    }

    void finish(long id, String status, IngestCounts counts, @Nullable String message, LocalDateTime finishedAt) {
        finish(id, status, counts, message, finishedAt, null);
    }

    void finish(long id, String status, IngestCounts counts, @Nullable String message, LocalDateTime finishedAt,
            @Nullable LocalDateTime newestAt) {
        finish(id, status, counts, message, finishedAt, newestAt, null);
    }

    /**
     * @param newestAt payments: the newest paid_at among the rows the file holds (null: none)
     * @param keys payments: the range of the payment_ids the file put in (null: none)
     */
    void finish(long id, String status, IngestCounts counts, @Nullable String message, LocalDateTime finishedAt,
            @Nullable LocalDateTime newestAt, @Nullable KeyRange keys) {
        jdbc.update("UPDATE ingest_file SET status = ?, rows_read = ?, rows_loaded = ?, rows_rejected = ?,"
                + " rows_duplicate = ?, message = ?, finished_at = ?, newest_at = ?, first_key = ?, last_key = ?"
                + " WHERE id = ?", status, counts.read(), counts.loaded(), counts.rejected(), counts.duplicate(),
                cut(message), Timestamp.valueOf(finishedAt), newestAt == null ? null : Timestamp.valueOf(newestAt),
                keys == null ? null : keys.first(), keys == null ? null : keys.last(), id);
    }

    /** The smallest and largest key of the rows a file put in, by Java's string order. */
    record KeyRange(String first, String last) {

        boolean holds(String key) {
            return key.compareTo(first) >= 0 && key.compareTo(last) <= 0;
        }
    }

    /** What a loaded file put in its table: how many rows, and their keys' range when recorded. */
    record Loaded(long rows, @Nullable KeyRange keys) {
    }

    /**
     * The key ranges of a source's LOADED files, every row of the source's table among them; null
     * when a file holding rows has none recorded (loaded before V121), so any key may be stored.
     */
    @Nullable List<KeyRange> keyRanges(Source source) {
        List<KeyRange> ranges = new ArrayList<>();
        boolean[] unbounded = {false};
        jdbc.query("SELECT first_key, last_key FROM ingest_file WHERE source = ? AND status = ? AND rows_loaded > 0",
                rs -> {
                    String first = rs.getString(1);
                    String last = rs.getString(2);
                    if (first == null || last == null) {
                        unbounded[0] = true;
                    }
                    else {
                        ranges.add(new KeyRange(first, last));
                    }
                }, source.id(), LOADED);
        return unbounded[0] ? null : ranges;
    }

    /** The counted rows and key range of a LOADED file. */
    Loaded loaded(long id) {
        return jdbc.queryForObject("SELECT rows_loaded, first_key, last_key FROM ingest_file WHERE id = ?",
                (rs, row) -> {
                    String first = rs.getString(2);
                    String last = rs.getString(3);
                    return new Loaded(rs.getLong(1), first == null || last == null ? null : new KeyRange(first, last));
                }, id);
    }

    /** A current file of a month. */
    record MonthFile(long id, String name) {
    }

    /**
     * The LOADED files of a source and month but {@code except}, in name order (by Java's string
     * order, the same on every database whatever its collation).
     */
    List<MonthFile> loadedOfMonth(Source source, YearMonth month, @Nullable Long except) {
        List<MonthFile> files = new ArrayList<>(jdbc.query("SELECT id, file_name FROM ingest_file WHERE source = ?"
                + " AND bill_month = ? AND status = ?", (rs, row) -> new MonthFile(rs.getLong(1), rs.getString(2)),
                source.id(), month.toString(), LOADED));
        files.removeIf(file -> except != null && file.id() == except);
        files.sort(Comparator.comparing(MonthFile::name));
        return files;
    }

    /** New counts of a loaded file whose month was derived again because another of its files changed. */
    void recount(long id, long loaded, long rejected, long duplicate) {
        jdbc.update("UPDATE ingest_file SET rows_loaded = ?, rows_rejected = ?, rows_duplicate = ? WHERE id = ?", loaded,
                rejected, duplicate, id);
    }

    void replace(long earlierId, long laterId) {
        jdbc.update("UPDATE ingest_file SET status = ?, replaced_by = ? WHERE id = ?", REPLACED, laterId, earlierId);
    }

    private static @Nullable Long first(List<Long> ids) {
        return ids.isEmpty() ? null : ids.get(0);
    }

    private static @Nullable String cut(@Nullable String message) {
        return message == null || message.length() <= MESSAGE_LIMIT ? message
                : message.substring(0, MESSAGE_LIMIT - 3) + "...";
    }
}
