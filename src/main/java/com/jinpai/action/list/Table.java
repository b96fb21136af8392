package com.jinpai.action.list;

import java.util.List;

/**
 * A sheet to write: typed columns and rows of values ({@code String} for TEXT, {@code BigDecimal}
 * for MONEY, {@code Number} for COUNT, {@code LocalDate} for DATE, null for an empty cell). The
 * column kind, not the value, decides how a cell is written, so text is always neutralised and
 * numbers always stay numbers.
 */
record Table(String sheetName, List<Column> columns, List<List<Object>> rows) {

    enum Kind {
        TEXT,
        MONEY,
        COUNT,
        DATE
    }

    /** @param wrap long text (a reason, a note) that wraps in its column, its row as tall as the text needs */
    record Column(String name, Kind kind, int width, boolean wrap) {

        Column(String name, Kind kind, int width) {
            this(name, kind, width, false);
        }
    }

    List<String> header() {
        return columns.stream().map(Column::name).toList();
    }
}
