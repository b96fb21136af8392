package com.jinpai.action.list;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The order in which {@link XlsxTables} styles a block of rows column by column. Every filled cell
 * of a column gets its column's style (by kind, and whether text wraps), and the workbook numbers a
 * style when it is first used; styling column by column must therefore first use each style where a
 * cell-by-cell pass (row after row, left to right) would, or the styles would be numbered
 * differently. The columns come ordered by the first cell that uses their style in that pass;
 * columns with no filled cell in the block come last.
 */
final class CellStyles {

    private CellStyles() {
    }

    /** What decides a cell's style: its column's kind, and for text whether it wraps. */
    static String key(Table.Column column) {
        return column.kind() == Table.Kind.TEXT && column.wrap() ? "TEXT_WRAPPED" : column.kind().name();
    }

    /** The column indexes of {@code columns} in the order to style them for {@code rows}. */
    static List<Integer> columnOrder(List<Table.Column> columns, List<List<Object>> rows) {
        long distinct = columns.stream().map(CellStyles::key).distinct().count();
        Map<String, Integer> firstUse = new HashMap<>();
        for (int i = 0; i < rows.size() && firstUse.size() < distinct; i++) {
            List<Object> row = rows.get(i);
            for (int c = 0; c < columns.size(); c++) {
                if (row.get(c) != null) {
                    firstUse.putIfAbsent(key(columns.get(c)), firstUse.size());
                }
            }
        }
        List<Integer> order = new ArrayList<>(columns.size());
        for (int c = 0; c < columns.size(); c++) {
            order.add(c);
        }
        // stable: columns of one style keep their left-to-right order
        order.sort(Comparator.comparingInt(c -> firstUse.getOrDefault(key(columns.get(c)), Integer.MAX_VALUE)));
        return order;
    }
}
