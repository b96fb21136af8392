package com.jinpai.action.list;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.jinpai.action.ActionMessages;
import com.jinpai.action.list.Table.Column;
import com.jinpai.action.list.Table.Kind;

/** The three kinds of sheet: a manager's actions, the index of managers, the unassigned VIPs. */
final class ListTables {

    private static final List<Kind> ACTION_KINDS = List.of(Kind.TEXT, Kind.DATE, Kind.DATE, Kind.TEXT, Kind.TEXT,
            Kind.TEXT, Kind.TEXT, Kind.TEXT, Kind.TEXT, Kind.TEXT, Kind.TEXT, Kind.MONEY, Kind.MONEY, Kind.TEXT,
            Kind.TEXT, Kind.TEXT, Kind.TEXT);

    private static final List<Column> INDEX_COLUMNS = List.of(
            new Column("manager_id", Kind.TEXT, 14), new Column("manager_name", Kind.TEXT, 18),
            new Column("region", Kind.TEXT, 14), new Column("capacity", Kind.COUNT, 10),
            new Column("vips", Kind.COUNT, 8), new Column("open_actions", Kind.COUNT, 13),
            new Column("p1", Kind.COUNT, 6), new Column("p2", Kind.COUNT, 6), new Column("p3", Kind.COUNT, 6),
            new Column("list_file", Kind.TEXT, 28));

    private static final List<Column> UNASSIGNED_COLUMNS = List.of(
            new Column("region", Kind.TEXT, 14), new Column("customer_id", Kind.TEXT, 14),
            new Column("customer_name", Kind.TEXT, 18), new Column("phone", Kind.TEXT, 14),
            new Column("tier", Kind.TEXT, 10), new Column("average_spend", Kind.MONEY, 14));

    private ListTables() {
    }

    static Table actions(List<ActionListRow> rows, ActionMessages words) {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < ActionListColumns.ALL.size(); i++) {
            String id = ActionListColumns.ALL.get(i);
            columns.add(new Column(words.column(id), ACTION_KINDS.get(i), ActionListColumns.WIDTHS.get(i),
                    ActionListColumns.WRAPPED.contains(id)));
        }
        List<List<Object>> cells = new ArrayList<>(rows.size());
        for (ActionListRow row : rows) {
            cells.add(Arrays.asList(row.priority().name(), row.dueDate(), row.issuedOn(), row.period(),
                    row.customerId(), row.customerName(), row.maskedPhone(), row.region(), words.tier(row.tier()),
                    words.rule(row.rule()), row.reason(), row.spend(), row.average(), row.status().name(), row.note(),
                    row.managerId(), row.situation()));
        }
        return new Table(words.get("sheet.actions"), columns, cells);
    }

    static Table index(List<IndexLine> lines, ActionMessages words) {
        List<List<Object>> cells = new ArrayList<>(lines.size());
        for (IndexLine line : lines) {
            cells.add(Arrays.asList(line.managerId(), line.managerName(), line.region(), line.capacity(),
                    line.vips(), line.openActions(), line.p1(), line.p2(), line.p3(), line.listFile()));
        }
        return new Table(words.get("sheet.managers"), localised(INDEX_COLUMNS, words), cells);
    }

    static Table unassignedVips(List<UnassignedVip> vips, ActionMessages words) {
        List<List<Object>> cells = new ArrayList<>(vips.size());
        for (UnassignedVip vip : vips) {
            cells.add(Arrays.asList(vip.region(), vip.customerId(), vip.customerName(), vip.maskedPhone(),
                    vip.tier() == null ? null : words.tier(vip.tier()), vip.average()));
        }
        return new Table(words.get("sheet.unassigned-vips"), localised(UNASSIGNED_COLUMNS, words), cells);
    }

    private static List<Column> localised(List<Column> columns, ActionMessages words) {
        return columns.stream().map(c -> new Column(words.column(c.name()), c.kind(), c.width(), c.wrap())).toList();
    }
}
