package com.jinpai.value;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A canonical text of bound settings records, walked component by component, so that every
 * setting a record has is in it without anyone listing it: a setting added to a record changes
 * the fingerprint the day it is added. Canonical means equal settings give equal text: numbers
 * without trailing zeros (150 and 150.00 are one line), sets and map keys sorted, nested records
 * walked the same way.
 */
final class SettingsFingerprint {

    private SettingsFingerprint() {
    }

    static String of(List<? extends Record> settings) {
        return settings.stream().map(record -> record.getClass().getSimpleName() + text(record))
                .collect(Collectors.joining("\n"));
    }

    private static String text(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Record record) {
            StringBuilder text = new StringBuilder("{");
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                if (text.length() > 1) {
                    text.append(", ");
                }
                text.append(component.getName()).append('=').append(text(read(component, record)));
            }
            return text.append('}').toString();
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Set<?> set) {
            return set.stream().map(SettingsFingerprint::text).sorted().collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(SettingsFingerprint::text).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Map<?, ?> map) {
            TreeMap<String, String> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(text(k), text(v)));
            return sorted.toString();
        }
        return value.toString();
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        }
        catch (ReflectiveOperationException ex) {
            throw new IllegalStateException("cannot read setting " + component.getName() + " of "
                    + record.getClass().getSimpleName(), ex);
        }
    }
}
