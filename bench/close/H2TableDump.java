import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Sorted text dumps of the tables of an H2 database file, without ids and times, one file per
 * table, for bench/close/compare-h2-tables.sh.
 *   java -cp h2.jar bench/close/H2TableDump.java DATABASE_PATH(without .mv.db) OUT_DIR TABLE...
 */
public final class H2TableDump {

    /** The columns compare-tables.sh leaves out: ids and times that differ from run to run. */
    private static final Set<String> LEFT_OUT = Set.of("ID", "STARTED_AT", "FINISHED_AT", "EVALUATED_AT",
            "JOB_EXECUTION_ID", "LINE_NO", "CREATED_AT", "UPDATED_AT", "ISSUED_AT_TIME");

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args[1]));
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + args[0] + ";MODE=MySQL;ACCESS_MODE_DATA=r",
                "sa", "")) {
            DatabaseMetaData meta = connection.getMetaData();
            for (int t = 2; t < args.length; t++) {
                String table = args[t].toUpperCase(java.util.Locale.ROOT);
                List<String> columns = new ArrayList<>();
                try (ResultSet rs = meta.getColumns(null, "PUBLIC", table, null)) {
                    while (rs.next()) {
                        if (!LEFT_OUT.contains(rs.getString("COLUMN_NAME"))) {
                            columns.add(rs.getString("COLUMN_NAME"));
                        }
                    }
                }
                List<String> lines = new ArrayList<>();
                try (Statement statement = connection.createStatement();
                        ResultSet rs = statement.executeQuery("SELECT " + String.join(", ", columns) + " FROM " + table)) {
                    while (rs.next()) {
                        StringBuilder line = new StringBuilder();
                        for (int c = 1; c <= columns.size(); c++) {
                            line.append(c > 1 ? "\t" : "").append(rs.getString(c));
                        }
                        lines.add(line.toString());
                    }
                }
                lines.sort(null);
                Files.write(out.resolve(args[t]), lines);
            }
        }
    }
}
