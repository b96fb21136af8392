package db.migration.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.yaml.snakeyaml.Yaml;

/**
 * Puts the data dictionary's table and column comments on the schema. Repeatable: Flyway runs it
 * after the versioned migrations, and again whenever {@code db/dictionary.yml} changes (its checksum
 * is the file's), so comments follow the dictionary. A dictionary entry the schema does not have
 * fails the migration, naming it.
 */
public class R__Column_comments extends BaseJavaMigration {

    static final String DICTIONARY = "/db/dictionary.yml";

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        crc.update(read());
        return (int) crc.getValue();
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        Map<String, Table> tables = dictionary();
        boolean partial = partialTarget(context);
        try (Statement statement = connection.createStatement()) {
            for (Map.Entry<String, Table> entry : tables.entrySet()) {
                if (partial && !exists(connection, entry.getKey())) {
                    continue;
                }
                if (product.contains("h2")) {
                    statement.execute("COMMENT ON TABLE " + entry.getKey() + " IS " + quote(entry.getValue().comment()));
                    List<String> present = partial ? columns(connection, entry.getKey()) : null;
                    for (Map.Entry<String, String> column : entry.getValue().columns().entrySet()) {
                        if (present != null && !present.contains(column.getKey())) {
                            continue;
                        }
                        statement.execute("COMMENT ON COLUMN " + entry.getKey() + "." + column.getKey() + " IS "
                                + quote(column.getValue()));
                    }
                }
                else {
                    statement.execute(mysqlAlter(connection, entry.getKey(), entry.getValue(),
                            product.contains("mariadb"), partial));
                }
            }
        }
    }

    /**
     * Whether Flyway migrates only up to a version below the latest (a test of an upgrade path):
     * the tables and columns of later versions are not there yet and keep no comment. Every real migration runs
     * to the latest version, where a table the schema lacks is a mistake in the dictionary.
     */
    private static boolean partialTarget(Context context) {
        MigrationVersion target = context.getConfiguration().getTarget();
        return target != null && !MigrationVersion.LATEST.equals(target) && !MigrationVersion.CURRENT.equals(target);
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
            try (ResultSet rs = connection.getMetaData().getTables(connection.getCatalog(), null, name, null)) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The table's columns as the H2 metadata has them, lower case. */
    private static List<String> columns(Connection connection, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
            try (ResultSet rs = connection.getMetaData().getColumns(connection.getCatalog(), null, name, null)) {
                while (rs.next()) {
                    columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return columns;
    }

    /**
     * One ALTER TABLE per table: each column restated exactly as information_schema has it, plus its comment;
     * with {@code partial}, the columns a later version adds are left out.
     */
    private static String mysqlAlter(Connection connection, String table, Table entry, boolean mariaDb,
            boolean partial) throws SQLException {
        Map<String, String> definitions = new LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE,"
                + " COLUMN_DEFAULT, EXTRA, CHARACTER_SET_NAME, COLLATION_NAME FROM information_schema.COLUMNS"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    definitions.put(rs.getString(1).toLowerCase(Locale.ROOT), definition(rs, mariaDb));
                }
            }
        }
        List<String> clauses = new ArrayList<>();
        for (Map.Entry<String, String> column : entry.columns().entrySet()) {
            String definition = definitions.get(column.getKey());
            if (definition == null && partial) {
                continue;
            }
            if (definition == null) {
                throw new IllegalStateException(DICTIONARY + " describes " + table + "." + column.getKey()
                        + ", which the schema does not have: correct the dictionary");
            }
            clauses.add("MODIFY COLUMN " + column.getKey() + " " + definition + " COMMENT " + quote(column.getValue()));
        }
        clauses.add("COMMENT = " + quote(entry.comment()));
        return "ALTER TABLE " + table + " " + String.join(", ", clauses);
    }

    private static String definition(ResultSet rs, boolean mariaDb) throws SQLException {
        StringBuilder definition = new StringBuilder(rs.getString("COLUMN_TYPE"));
        if (rs.getString("CHARACTER_SET_NAME") != null) {
            definition.append(" CHARACTER SET ").append(rs.getString("CHARACTER_SET_NAME")).append(" COLLATE ")
                    .append(rs.getString("COLLATION_NAME"));
        }
        definition.append("YES".equals(rs.getString("IS_NULLABLE")) ? " NULL" : " NOT NULL");
        String extra = rs.getString("EXTRA") == null ? "" : rs.getString("EXTRA").replace("DEFAULT_GENERATED", "").trim();
        String value = rs.getString("COLUMN_DEFAULT");
        if (value != null && !value.equals("NULL")) {
            boolean literal = mariaDb || value.matches("-?[0-9.]+") || value.toUpperCase(Locale.ROOT)
                    .startsWith("CURRENT_TIMESTAMP");
            definition.append(" DEFAULT ").append(literal ? value : quote(value));
        }
        if (!extra.isEmpty()) {
            definition.append(' ').append(extra);
        }
        return definition.toString();
    }

    private static String quote(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    /** The dictionary: table name, its comment and its columns' comments, in file order. */
    @SuppressWarnings("unchecked")
    public static Map<String, Table> dictionary() {
        Map<String, Object> yaml = new Yaml().load(new String(read(), StandardCharsets.UTF_8));
        Map<String, Table> tables = new LinkedHashMap<>();
        yaml.forEach((table, value) -> {
            Map<String, Object> entry = (Map<String, Object>) value;
            Map<String, String> columns = new LinkedHashMap<>();
            ((Map<String, Object>) entry.get("columns")).forEach((column, comment) -> columns.put(column,
                    String.valueOf(comment)));
            tables.put(table, new Table(String.valueOf(entry.get("table")), columns));
        });
        return tables;
    }

    private static byte[] read() {
        try (InputStream in = R__Column_comments.class.getResourceAsStream(DICTIONARY)) {
            if (in == null) {
                throw new IllegalStateException("the data dictionary " + DICTIONARY + " is missing from the class path");
            }
            return in.readAllBytes();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** @param comment what the table holds; @param columns column name to its comment */
    public record Table(String comment, Map<String, String> columns) {
    }
}
