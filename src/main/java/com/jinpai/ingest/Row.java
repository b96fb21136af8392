package com.jinpai.ingest;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** The typed values of one row, looked up by canonical field name (for {@link RowRule}s). */
final class Row {

    private final Map<String, Integer> positions;
    private final Object[] values;

    Row(Map<String, Integer> positions, Object[] values) {
        this.positions = positions;
        this.values = values;
    }

    static Row of(Layout layout, Object[] values) {
        return new Row(layout.positions(), values);
    }

    @Nullable Object get(String field) {
        Integer position = positions.get(field);
        if (position == null) {
            throw new IllegalArgumentException("no field " + field);
        }
        return values[position];
    }

    @Nullable String text(String field) {
        return (String) get(field);
    }

    @Nullable BigDecimal decimal(String field) {
        return (BigDecimal) get(field);
    }

    @Nullable LocalDateTime dateTime(String field) {
        return (LocalDateTime) get(field);
    }
}
