package com.jinpai.system.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Inserts a month's worth of rows. On MySQL Connector/J it streams them as tab-separated text
 * through {@code LOAD DATA LOCAL INFILE} (about three times faster than batched INSERTs into
 * InnoDB: 26 s against 75-90 s for a million {@code customer_month} rows on the test server);
 * everywhere else, and when the server refuses local infile, it runs JDBC batches. The driver
 * API is found reflectively so the driver stays a runtime dependency.
 */
public final class BulkInsert {

    private static final Logger log = LoggerFactory.getLogger(BulkInsert.class);
    private static final AtomicBoolean WARNED_NO_LOCAL_INFILE = new AtomicBoolean();
    private static final int BATCH_ROWS = 2_000;
    private static final java.time.format.DateTimeFormatter DATE_TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS", java.util.Locale.ROOT);
    private static final int ROWS_PER_CHUNK = 1_000;
    private static final int NANOS_PER_MICRO = 1_000;
    private static final Class<?> MYSQL_STATEMENT = mysqlClass("com.mysql.cj.jdbc.JdbcStatement");
    private static final Method SET_INFILE_STREAM = infileMethod();

    private BulkInsert() {
    }

    /** Fills {@code values} (one slot per column) with the values of a row. */
    @FunctionalInterface
    public interface RowValues {
        void fill(int row, Object[] values);
    }

    public static int insert(Connection connection, String table, List<String> columns, int rows, RowValues source)
            throws SQLException {
        return insert(connection, table, columns, rows, source, Mode.INSERT, List.of());
    }

    /** What {@link #insertIgnore} answers when the path cannot tell how many rows went in. */
    public static final int UNKNOWN = -1;

    /**
     * Like {@link #insert}, but a row whose key is already in the table, or earlier in the rows, is
     * skipped (the first one stays, as with {@code INSERT IGNORE}). Returns the number of rows
     * inserted, the skipped ones not counted (LOAD DATA's affected rows, the sum of a batch's update
     * counts), or {@link #UNKNOWN} when the driver reports no count per row (Connector/J's batch
     * rewritten into multi-row statements).
     */
    public static int insertIgnore(Connection connection, String table, List<String> columns, int rows,
            RowValues source) throws SQLException {
        return insert(connection, table, columns, rows, source, Mode.IGNORE, List.of());
    }

    /**
     * Like {@link #insert}, but a row whose key ({@code key}, columns of {@code columns}) is already
     * in the table, or earlier in the rows, replaces it (the last one stays): {@code LOAD DATA ...
     * REPLACE} on MySQL, {@code INSERT ... ON DUPLICATE KEY UPDATE} batches elsewhere. The rows
     * must carry every column of the table, so that replacing a row and updating it end the same.
     * Returns the number of rows given.
     */
    public static int upsert(Connection connection, String table, List<String> columns, List<String> key, int rows,
            RowValues source) throws SQLException {
        if (key.isEmpty() || !columns.containsAll(key)) {
            throw new IllegalArgumentException("the key " + key + " of " + table + " must be among its columns " + columns);
        }
        return insert(connection, table, columns, rows, source, Mode.REPLACE, key);
    }

    /**
     * Whether rows go in on {@code connection} through LOAD DATA (MySQL Connector/J), where
     * {@link #upsert} replaces a stored row in the same pass that writes it; elsewhere it runs
     * batches. A server that refuses local infile still makes {@link #insert} fall back to batches.
     */
    public static boolean loadsData(Connection connection) throws SQLException {
        if (SET_INFILE_STREAM == null) {
            return false;
        }
        try (Statement statement = connection.createStatement()) {
            return statement.isWrapperFor(MYSQL_STATEMENT);
        }
    }

    /** What a row whose key is already there does. */
    private enum Mode {
        /** fails the statement */
        INSERT,
        /** is skipped */
        IGNORE,
        /** replaces the stored row */
        REPLACE
    }

    private static int insert(Connection connection, String table, List<String> columns, int rows, RowValues source,
            Mode mode, List<String> key) throws SQLException {
        if (rows == 0) {
            return 0;
        }
        if (SET_INFILE_STREAM != null) {
            try (Statement statement = connection.createStatement()) {
                if (statement.isWrapperFor(MYSQL_STATEMENT)) {
                    return loadData(statement, table, columns, rows, source, mode, key);
                }
            }
        }
        return batches(connection, table, columns, rows, source, mode, key);
    }

    private static int loadData(Statement statement, String table, List<String> columns, int rows, RowValues source,
            Mode mode, List<String> key) throws SQLException {
        try {
            SET_INFILE_STREAM.invoke(statement.unwrap(MYSQL_STATEMENT), new TsvStream(columns.size(), rows, source));
        }
        catch (ReflectiveOperationException ex) {
            throw new IllegalStateException("cannot hand rows to Connector/J's LOAD DATA stream", ex);
        }
        try {
            statement.execute("LOAD DATA LOCAL INFILE 'jinpai-" + table + "'" + switch (mode) {
                        case INSERT -> "";
                        case IGNORE -> " IGNORE";
                        case REPLACE -> " REPLACE";
                    }
                    + " INTO TABLE " + table
                    + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' ("
                    + String.join(", ", columns) + ")");
        }
        catch (SQLException ex) {
            if (String.valueOf(ex.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("local")) {
                // local infile disabled on the client (allowLoadLocalInfile) or the server: nothing was loaded
                if (!WARNED_NO_LOCAL_INFILE.getAndSet(true)) {
                    log.warn("The database refused LOAD DATA LOCAL INFILE ({}); Jinpai writes its bulk tables in"
                            + " batched INSERTs instead, about three times slower. To use the bulk path, add"
                            + " allowLoadLocalInfile=true to JINPAI_DB_URL and set local_infile=ON on the server.",
                            ex.getMessage());
                }
                return batches(statement.getConnection(), table, columns, rows, source, mode, key);
            }
            throw ex;
        }
        int loaded = statement.getUpdateCount();
        if (mode == Mode.IGNORE) {
            // the rows inserted: a skipped row is a warning, not an affected row
            return loaded;
        }
        if (mode == Mode.REPLACE) {
            // replaced rows are counted twice (deleted, then inserted)
            return rows;
        }
        if (loaded != rows) {
            throw new IllegalStateException("LOAD DATA into " + table + " took " + loaded + " of " + rows
                    + " rows; SHOW WARNINGS on the connection says which and why");
        }
        return loaded;
    }

    private static int batches(Connection connection, String table, List<String> columns, int rows, RowValues source,
            Mode mode, List<String> key) throws SQLException {
        String sql = batchSql(table, columns, mode, key);
        Object[] values = new Object[columns.size()];
        int inserted = 0;
        try (PreparedStatement ps = BatchStatements.prepare(connection, sql)) {
            for (int row = 0; row < rows; row++) {
                source.fill(row, values);
                for (int column = 0; column < values.length; column++) {
                    ps.setObject(column + 1, values[column]);
                }
                ps.addBatch();
                if ((row + 1) % BATCH_ROWS == 0) {
                    inserted = added(inserted, ps.executeBatch());
                }
            }
            inserted = added(inserted, ps.executeBatch());
        }
        return mode == Mode.IGNORE ? inserted : rows;
    }

    /** The rows inserted so far and a batch's update counts (0 for a row INSERT IGNORE skipped), or UNKNOWN. */
    private static int added(int before, int[] counts) {
        int sum = before;
        for (int count : counts) {
            if (sum == UNKNOWN || count < 0) {
                // Statement.SUCCESS_NO_INFO: a rewritten multi-row statement counts for all of its rows
                return UNKNOWN;
            }
            sum += count;
        }
        return sum;
    }

    private static String batchSql(String table, List<String> columns, Mode mode, List<String> key) {
        String insert = "INSERT " + (mode == Mode.IGNORE ? "IGNORE " : "") + "INTO " + table + " ("
                + String.join(", ", columns) + ") VALUES (" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        if (mode != Mode.REPLACE) {
            return insert;
        }
        return insert + " ON DUPLICATE KEY UPDATE " + String.join(", ", columns.stream()
                .filter(column -> !key.contains(column))
                .map(column -> column + " = VALUES(" + column + ")")
                .toList());
    }

    /**
     * The rows as LOAD DATA's default text format, encoded a chunk of rows at a time straight into
     * UTF-8 bytes (no StringBuilder and String copy of each chunk on the way: that was about a third
     * of the stream's CPU for a million 53-column rows).
     */
    static final class TsvStream extends InputStream {

        /** Digits any long holds. */
        private static final int LONG_DIGITS = 18;
        private static final long[] TEN_POWERS = tenPowers();

        private final int rows;
        private final RowValues source;
        private final Object[] values;
        private int next;
        private byte[] chunk = new byte[1 << 16];
        private int length;
        private int position;

        private static long[] tenPowers() {
            long[] powers = new long[LONG_DIGITS + 1];
            powers[0] = 1;
            for (int i = 1; i < powers.length; i++) {
                powers[i] = powers[i - 1] * 10;
            }
            return powers;
        }

        TsvStream(int columns, int rows, RowValues source) {
            this.rows = rows;
            this.source = source;
            this.values = new Object[columns];
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] target, int offset, int count) {
            if (position == length && !encodeChunk()) {
                return -1;
            }
            int n = Math.min(count, length - position);
            System.arraycopy(chunk, position, target, offset, n);
            position += n;
            return n;
        }

        private boolean encodeChunk() {
            if (next == rows) {
                return false;
            }
            length = 0;
            position = 0;
            int end = Math.min(rows, next + ROWS_PER_CHUNK);
            for (; next < end; next++) {
                source.fill(next, values);
                for (int column = 0; column < values.length; column++) {
                    if (column > 0) {
                        put('\t');
                    }
                    append(values[column]);
                }
                put('\n');
            }
            return true;
        }

        private void append(Object value) {
            if (value == null) {
                put('\\');
                put('N');
            }
            else if (value instanceof Boolean flag) {
                put(flag ? '1' : '0');
            }
            else if (value instanceof BigDecimal number) {
                decimal(number);
            }
            else if (value instanceof Integer number) {
                digits(number);
            }
            else if (value instanceof Long number) {
                digits(number);
            }
            else if (value instanceof java.time.LocalDate date && date.getYear() >= 1000 && date.getYear() <= 9999) {
                date(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
            }
            else if (value instanceof java.time.LocalDateTime time && time.getYear() >= 1000 && time.getYear() <= 9999) {
                // the server's DATETIME text: a space, not ISO's T, between date and time; as DATE_TIME
                // writes it (microseconds, the rest cut off), without a formatter a row
                date(time.getYear(), time.getMonthValue(), time.getDayOfMonth());
                put(' ');
                fixed(time.getHour(), 2);
                put(':');
                fixed(time.getMinute(), 2);
                put(':');
                fixed(time.getSecond(), 2);
                put('.');
                fixed(time.getNano() / NANOS_PER_MICRO, 6);
            }
            else if (value instanceof java.time.LocalDateTime time) {
                ascii(DATE_TIME.format(time));
            }
            else if (value instanceof String string) {
                utf8(string, true);
            }
            else {
                utf8(value.toString(), false);
            }
        }

        private void put(char c) {
            if (length == chunk.length) {
                chunk = java.util.Arrays.copyOf(chunk, chunk.length * 2);
            }
            chunk[length++] = (byte) c;
        }

        private void room(int bytes) {
            if (length + bytes > chunk.length) {
                chunk = java.util.Arrays.copyOf(chunk, Math.max(chunk.length * 2, length + bytes));
            }
        }

        /** Text known to be ASCII with nothing to escape (numbers, dates). */
        private void ascii(String text) {
            room(text.length());
            for (int i = 0; i < text.length(); i++) {
                chunk[length++] = (byte) text.charAt(i);
            }
        }

        private void digits(long number) {
            if (number == Long.MIN_VALUE) {
                ascii(Long.toString(number));
                return;
            }
            room(20);
            if (number < 0) {
                chunk[length++] = '-';
                number = -number;
            }
            int first = length;
            do {
                chunk[length++] = (byte) ('0' + number % 10);
                number /= 10;
            } while (number != 0);
            for (int a = first, b = length - 1; a < b; a++, b--) {
                byte swap = chunk[a];
                chunk[a] = chunk[b];
                chunk[b] = swap;
            }
        }

        /**
         * As {@link BigDecimal#toPlainString()} writes it; a number of up to {@value #LONG_DIGITS} digits
         * and as many decimals without the String and StringBuilder that makes (money columns, once a row).
         */
        private void decimal(BigDecimal number) {
            int scale = number.scale();
            if (scale < 0 || scale > LONG_DIGITS || number.precision() > LONG_DIGITS) {
                ascii(number.toPlainString());
                return;
            }
            long unscaled = number.scaleByPowerOfTen(scale).longValueExact();
            if (scale == 0) {
                digits(unscaled);
                return;
            }
            room(LONG_DIGITS + 3);
            if (unscaled < 0) {
                chunk[length++] = '-';
                unscaled = -unscaled;
            }
            long power = TEN_POWERS[scale];
            digits(unscaled / power);
            put('.');
            long fraction = unscaled % power;
            for (int i = scale - 1; i >= 0; i--) {
                chunk[length + i] = (byte) ('0' + fraction % 10);
                fraction /= 10;
            }
            length += scale;
        }

        /** A four-digit year's date as the server's DATE text, {@code yyyy-MM-dd}. */
        private void date(int year, int month, int day) {
            fixed(year, 4);
            put('-');
            fixed(month, 2);
            put('-');
            fixed(day, 2);
        }

        /** A non-negative number as exactly {@code width} digits. */
        private void fixed(int number, int width) {
            room(width);
            for (int i = width - 1; i >= 0; i--) {
                chunk[length + i] = (byte) ('0' + number % 10);
                number /= 10;
            }
            length += width;
        }

        /** As String.getBytes(UTF_8) would (an unpaired surrogate as '?'), LOAD DATA's escapes when {@code escape}. */
        private void utf8(String string, boolean escape) {
            room(string.length() * 3); // a char is at most 3 bytes: an escape 2, a surrogate pair 4 for 2
            for (int i = 0; i < string.length(); i++) {
                char c = string.charAt(i);
                if (c < 0x80) {
                    if (escape) {
                        switch (c) {
                            case '\\' -> c = '\\';
                            case '\t' -> c = 't';
                            case '\n' -> c = 'n';
                            case '\r' -> c = 'r';
                            case '\0' -> c = '0';
                            default -> {
                                chunk[length++] = (byte) c;
                                continue;
                            }
                        }
                        chunk[length++] = '\\';
                    }
                    chunk[length++] = (byte) c;
                }
                else if (c < 0x800) {
                    chunk[length++] = (byte) (0xc0 | c >> 6);
                    chunk[length++] = (byte) (0x80 | c & 0x3f);
                }
                else if (Character.isHighSurrogate(c) && i + 1 < string.length()
                        && Character.isLowSurrogate(string.charAt(i + 1))) {
                    int code = Character.toCodePoint(c, string.charAt(++i));
                    chunk[length++] = (byte) (0xf0 | code >> 18);
                    chunk[length++] = (byte) (0x80 | code >> 12 & 0x3f);
                    chunk[length++] = (byte) (0x80 | code >> 6 & 0x3f);
                    chunk[length++] = (byte) (0x80 | code & 0x3f);
                }
                else if (Character.isSurrogate(c)) {
                    chunk[length++] = '?';
                }
                else {
                    chunk[length++] = (byte) (0xe0 | c >> 12);
                    chunk[length++] = (byte) (0x80 | c >> 6 & 0x3f);
                    chunk[length++] = (byte) (0x80 | c & 0x3f);
                }
            }
        }
    }

    private static Class<?> mysqlClass(String name) {
        try {
            return Class.forName(name);
        }
        catch (ClassNotFoundException ex) {
            return null;
        }
    }

    private static Method infileMethod() {
        try {
            return MYSQL_STATEMENT == null ? null : MYSQL_STATEMENT.getMethod("setLocalInfileInputStream", InputStream.class);
        }
        catch (NoSuchMethodException ex) {
            return null;
        }
    }
}
