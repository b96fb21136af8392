package com.jinpai.action.list;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.jinpai.action.ActionMessages;
import com.jinpai.action.ActionRule;
import com.jinpai.action.ActionStatus;
import com.jinpai.action.assign.AssignmentRefresh;
import com.jinpai.action.ActionsProperties;
import com.jinpai.system.PhaseTimes;
import com.jinpai.action.Priority;
import com.jinpai.system.JinpaiProperties;
import com.jinpai.system.jdbc.StreamingReads;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Writes the lists of a run to {@code <output-dir>/<folder>/<YYYY-MM>/}: for every manager its
 * complete open list ({@code manager-<id>.csv/.xlsx}, also when empty, so a manager knows there is
 * nothing to do), {@code unassigned.csv/.xlsx} for open actions of customers without a manager,
 * {@code unassigned-vips.csv} and {@code index.csv/.xlsx}. The folder is emptied of earlier lists
 * first, so a re-run leaves exactly what it wrote.
 */
@Service
public class ActionListService {

    private static final Logger log = LoggerFactory.getLogger(ActionListService.class);

    static final String INDEX = "index";
    static final String UNASSIGNED = "unassigned";
    static final String UNASSIGNED_VIPS = "unassigned-vips";

    private static final String OPEN_ACTIONS = """
            SELECT priority, due_date, issued_on, period, customer_id, customer_name, masked_phone, region, tier,
                   rule_code, reason, spend, avg_spend, status, feedback_note, manager_id, situation
            FROM vip_action WHERE status = 'OPEN' AND manager_id %s""";

    private static final int FETCH_SIZE = 1_000;
    /** Sorts after every real region name. */
    private static final String NO_REGION = "\uFFFF";

    private final JdbcTemplate jdbc;
    private final Path root;
    private final boolean xlsx;
    private final int xlsxWriters;
    private final int defaultCapacity;
    private final ActionMessages words;

    public ActionListService(JdbcTemplate jdbc, JinpaiProperties jinpai, ActionsProperties actions,
            ActionMessages words) {
        this.words = words;
        this.defaultCapacity = actions.defaultManagerCapacity();
        // the open actions streamed on MySQL rather than through a server cursor; the row callbacks write files
        // only, no statement runs on the connection while a read is open
        this.jdbc = new StreamingReads(jdbc.getDataSource(), FETCH_SIZE);
        this.root = jinpai.outputDir().resolve(actions.output().folder());
        this.xlsx = actions.output().xlsx();
        this.xlsxWriters = actions.output().xlsxWriters();
    }

    /** The folder a run month's lists go to. */
    public Path folder(YearMonth month) {
        return root.resolve(month.toString());
    }

    /** The file a manager's list of a month is mailed as: the XLSX, or the CSV when no XLSX is written. */
    public Path managerList(YearMonth month, String managerId) {
        return folder(month).resolve(managerFile(managerId) + (xlsx ? ".xlsx" : ".csv"));
    }

    /**
     * @param month the run month (names the folder; unassigned VIPs show their tier of this month)
     * @param asOf the run's as-of date, stamped into the XLSX packages instead of the clock
     */
    public ListOutcome write(YearMonth month, LocalDate asOf) {
        Path folder = folder(month);
        PhaseTimes times = new PhaseTimes(log, "lists " + month);
        try (XlsxWriters workbooks = new XlsxWriters(xlsxWriters)) {
            clear(folder);
            FileTimes fileTimes = new FileTimes(workbooks);
            List<IndexLine> index = writeManagerLists(folder, asOf, fileTimes);
            times.lap("manager lists");
            int managerLists = index.size();
            long managerRows = index.stream().mapToLong(IndexLine::openActions).sum();

            List<ActionListRow> unassigned = jdbc.query(OPEN_ACTIONS.formatted("IS NULL"), (rs, n) -> row(rs));
            unassigned.sort(Comparator.comparing((ActionListRow r) -> nullLast(r.region())).thenComparing(
                    ActionListRow.LIST_ORDER));
            writeList(folder.resolve(UNASSIGNED), asOf, unassigned, fileTimes, true);
            times.lap("unassigned list");
            List<UnassignedVip> vips = unassignedVips(month);
            times.lap("unassigned VIPs read");
            index.addAll(unassignedLines(unassigned, vips));

            Table indexTable = ListTables.index(index, words);
            Table vipTable = ListTables.unassignedVips(vips, words);
            CsvTables.write(folder.resolve(INDEX + ".csv"), indexTable);
            CsvTables.write(folder.resolve(UNASSIGNED_VIPS + ".csv"), vipTable);
            if (xlsx) {
                // the last workbook, written here while the workers finish the lists' (not in the lists' XLSX time)
                XlsxTables.write(folder.resolve(INDEX + ".xlsx"), asOf, List.of(indexTable, vipTable));
            }
            times.lap("index");
            fileTimes.xlsx += workbooks.finish();
            times.lap("waiting for the XLSX lists");
            times.done(managerRows + " manager row(s), " + unassigned.size() + " unassigned, " + vips.size()
                    + " unassigned VIP(s); action list files: CSV " + fileTimes.csv / 1_000_000 + " ms, XLSX "
                    + fileTimes.xlsx / 1_000_000 + " ms");
            return new ListOutcome(folder, managerLists, managerRows, unassigned.size(), vips.size());
        }
        catch (IOException | UncheckedIOException ex) {
            throw new UncheckedIOException("cannot write the action lists to " + folder.toAbsolutePath()
                    + ": check the folder exists and is writable (jinpai.output-dir)",
                    ex instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) ex);
        }
    }

    /**
     * One list per manager: the open actions are read once, ordered by manager, and each manager's
     * rows are written when the next manager starts; managers without actions get an empty list.
     *
     * @return the index lines, by manager id
     */
    private List<IndexLine> writeManagerLists(Path folder, LocalDate asOf, FileTimes fileTimes) {
        Map<String, IndexLine> managers = managers();
        List<IndexLine> index = new ArrayList<>();
        ManagerRows pending = new ManagerRows();
        jdbc.query(OPEN_ACTIONS.formatted("IS NOT NULL ORDER BY manager_id"), rs -> {
            ActionListRow row = row(rs);
            if (pending.managerId != null && !pending.managerId.equals(row.managerId())) {
                index.add(writeManager(folder, asOf, managers.remove(pending.managerId), pending, fileTimes));
            }
            pending.add(row);
        });
        if (pending.managerId != null) {
            index.add(writeManager(folder, asOf, managers.remove(pending.managerId), pending, fileTimes));
        }
        // every empty list is the same bytes (the header, no row, the run's stamp): written once, copied for the
        // other managers without open actions (all of them in a month that issues none)
        @Nullable Path emptyList = null;
        for (IndexLine idle : managers.values()) {
            Path base = folder.resolve(managerFile(idle.managerId()));
            if (emptyList == null) {
                writeList(base, asOf, List.of(), fileTimes, false);
                emptyList = base;
            }
            else {
                copyList(emptyList, base, fileTimes);
            }
            index.add(indexLine(idle, idle.managerId(), List.of()));
        }
        index.sort(Comparator.comparing(IndexLine::managerId));
        return index;
    }

    /** Copies a list's files ({@code <base>.csv}, and the XLSX when written) to another list's name. */
    private void copyList(Path from, Path to, FileTimes fileTimes) {
        try {
            long started = System.nanoTime();
            Files.copy(from.resolveSibling(from.getFileName() + ".csv"), to.resolveSibling(to.getFileName() + ".csv"));
            fileTimes.csv += System.nanoTime() - started;
            if (xlsx) {
                started = System.nanoTime();
                Files.copy(from.resolveSibling(from.getFileName() + ".xlsx"),
                        to.resolveSibling(to.getFileName() + ".xlsx"));
                fileTimes.xlsx += System.nanoTime() - started;
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The list file name of a manager: one per id, whatever characters the id holds. */
    static String managerFile(String managerId) {
        return ListFileNames.manager(managerId);
    }

    private IndexLine writeManager(Path folder, LocalDate asOf, @Nullable IndexLine manager, ManagerRows rows,
            FileTimes fileTimes) {
        String managerId = manager != null ? manager.managerId() : rows.managerId;
        rows.rows.sort(ActionListRow.LIST_ORDER);
        writeList(folder.resolve(managerFile(managerId)), asOf, rows.rows, fileTimes, true);
        return indexLine(manager, managerId, rows.rows);
    }

    /** The index line of a manager's list (the manager null: an id in the actions that the export lacks). */
    private static IndexLine indexLine(@Nullable IndexLine manager, String managerId, List<ActionListRow> rows) {
        long[] perPriority = countByPriority(rows);
        return new IndexLine(managerId, manager == null ? null : manager.managerName(),
                manager == null ? null : manager.region(), manager == null ? null : manager.capacity(),
                manager == null ? 0 : manager.vips(), rows.size(), perPriority[0], perPriority[1],
                perPriority[2], managerFile(managerId) + ".csv");
    }

    /** @param beside whether the XLSX may be written by a worker; if not, it is there when this returns */
    private void writeList(Path base, LocalDate asOf, List<ActionListRow> rows, FileTimes fileTimes,
            boolean beside) {
        Table table = ListTables.actions(rows, words);
        try {
            long started = System.nanoTime();
            CsvTables.write(base.resolveSibling(base.getFileName() + ".csv"), table);
            fileTimes.csv += System.nanoTime() - started;
            if (xlsx && beside) {
                fileTimes.workbooks.write(base.resolveSibling(base.getFileName() + ".xlsx"), asOf, List.of(table));
            }
            else if (xlsx) {
                long csvDone = System.nanoTime();
                XlsxTables.write(base.resolveSibling(base.getFileName() + ".xlsx"), asOf, List.of(table));
                fileTimes.xlsx += System.nanoTime() - csvDone;
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private Map<String, IndexLine> managers() {
        Map<String, Long> loads = new HashMap<>();
        jdbc.query("SELECT manager_id, COUNT(*) FROM vip_assignment WHERE manager_id IS NOT NULL GROUP BY manager_id",
                rs -> {
                    loads.put(rs.getString(1), rs.getLong(2));
                });
        Map<String, IndexLine> managers = new TreeMap<>();
        jdbc.query("SELECT manager_id, name, region, capacity FROM account_manager", rs -> {
            String id = rs.getString("manager_id");
            // the capacity the assignment uses: the export's, or the one default when it gives none
            int capacity = rs.getInt("capacity") > 0 ? rs.getInt("capacity") : defaultCapacity;
            managers.put(id, new IndexLine(id, rs.getString("name"), rs.getString("region"), capacity,
                    loads.getOrDefault(id, 0L), 0, 0, 0, 0, managerFile(id) + ".csv"));
        });
        return managers;
    }

    /**
     * The VIPs without a manager, with their tier and average of the month. The run's assignment step left only
     * VIPs of the month in {@code vip_assignment} (it releases every other customer), so their rows are looked up
     * among the month's VIPs, in the narrow index that holds them, rather than in the wide rows.
     */
    private List<UnassignedVip> unassignedVips(YearMonth month) {
        List<UnassignedVip> vips = jdbc.query("""
                SELECT a.region, a.customer_id, c.name, c.msisdn, cm.tier, cm.avg_spend
                FROM vip_assignment a
                LEFT JOIN customer c ON c.customer_id = a.customer_id
                LEFT JOIN customer_month cm %s ON cm.bill_month = ? AND cm.vip = TRUE
                    AND cm.customer_id = a.customer_id
                WHERE a.manager_id IS NULL""".formatted(AssignmentRefresh.USE_VIP_INDEX),
                (rs, n) -> new UnassignedVip(rs.getString(1), rs.getString(2), rs.getString(3),
                        PhoneMask.mask(rs.getString(4)), rs.getString(5), rs.getBigDecimal(6)),
                month.toString());
        vips.sort(Comparator.comparing((UnassignedVip v) -> nullLast(v.region())).thenComparing(UnassignedVip::customerId));
        return vips;
    }

    /** One index line per region with unassigned VIPs or actions without a manager. */
    private static List<IndexLine> unassignedLines(List<ActionListRow> actions, List<UnassignedVip> vips) {
        Map<String, long[]> perRegion = new TreeMap<>();
        for (UnassignedVip vip : vips) {
            perRegion.computeIfAbsent(nullLast(vip.region()), r -> new long[4])[0]++;
        }
        for (ActionListRow action : actions) {
            perRegion.computeIfAbsent(nullLast(action.region()), r -> new long[4])[1 + action.priority().ordinal()]++;
        }
        List<IndexLine> lines = new ArrayList<>();
        perRegion.forEach((region, counts) -> lines.add(new IndexLine(null, "(unassigned)",
                region.equals(NO_REGION) ? null : region, null, counts[0], counts[1] + counts[2] + counts[3],
                counts[1], counts[2], counts[3], UNASSIGNED + ".csv")));
        return lines;
    }

    private static String nullLast(@Nullable String region) {
        return region == null ? NO_REGION : region;
    }

    private static long[] countByPriority(List<ActionListRow> rows) {
        long[] counts = new long[Priority.values().length];
        for (ActionListRow row : rows) {
            counts[row.priority().ordinal()]++;
        }
        return counts;
    }

    private static ActionListRow row(ResultSet rs) throws SQLException {
        return new ActionListRow(Priority.valueOf(rs.getString("priority")),
                rs.getObject("due_date", LocalDate.class), rs.getObject("issued_on", LocalDate.class),
                rs.getString("period"), rs.getString("customer_id"),
                rs.getString("customer_name"), rs.getString("masked_phone"), rs.getString("region"),
                rs.getString("tier"), ActionRule.valueOf(rs.getString("rule_code")), rs.getString("reason"),
                rs.getBigDecimal("spend"), rs.getBigDecimal("avg_spend"), ActionStatus.valueOf(rs.getString("status")),
                rs.getString("feedback_note"), rs.getString("manager_id"), rs.getString("situation"));
    }

    private static void clear(Path folder) throws IOException {
        Files.createDirectories(folder);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.{csv,xlsx}")) {
            for (Path file : files) {
                if (Files.isRegularFile(file)) {
                    Files.delete(file);
                }
            }
        }
    }

    /**
     * The time the action lists' files took, CSV and XLSX apart, in nanoseconds (the step log's; the XLSX time
     * summed over the threads that wrote them), and who writes the workbooks.
     */
    private static final class FileTimes {

        private final XlsxWriters workbooks;
        private long csv;
        private long xlsx;

        FileTimes(XlsxWriters workbooks) {
            this.workbooks = workbooks;
        }
    }

    /** The open actions of one manager, gathered while the ordered read passes over them. */
    private static final class ManagerRows {

        private @Nullable String managerId;
        private final List<ActionListRow> rows = new ArrayList<>();

        void add(ActionListRow row) {
            if (!row.managerId().equals(managerId)) {
                managerId = row.managerId();
                rows.clear();
            }
            rows.add(row);
        }
    }

    /**
     * @param folder where the lists went
     * @param managerLists manager lists written (one per manager, including empty ones)
     * @param managerRows open actions in manager lists
     * @param unassignedActions open actions without a manager ({@code unassigned.csv})
     * @param unassignedVips VIPs without a manager ({@code unassigned-vips.csv})
     */
    public record ListOutcome(Path folder, int managerLists, long managerRows, long unassignedActions,
            long unassignedVips) {
    }
}
