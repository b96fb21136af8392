package com.jinpai.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks a mapping against its source's fields when the configuration is bound, so that a typo in
 * {@code config/sources.yml} stops the application at start with the property to fix.
 */
final class MappingCheck {

    private MappingCheck() {
    }

    static void check(Source source, SourceMapping mapping) {
        Layout layout = Layout.of(source);
        String prefix = "jinpai.sources." + source.id() + ".";
        List<String> problems = new ArrayList<>();
        List<String> fieldNames = layout.fields().stream().map(Field::name).toList();
        mapping.headers().keySet().stream()
                .filter(field -> !layout.hasField(field))
                .forEach(field -> problems.add(prefix + "headers." + field + ": no such field; the fields of "
                        + source.id() + " are " + fieldNames));
        mapping.defaults().keySet().stream()
                .filter(field -> !layout.hasField(field))
                .forEach(field -> problems.add(prefix + "defaults." + field + ": no such field; the fields are "
                        + fieldNames));
        mapping.values().forEach((field, spellings) -> checkValues(layout, prefix, field, spellings, problems));
        checkPatterns(prefix + "date-formats", mapping.dateFormats(), problems);
        checkPatterns(prefix + "date-time-formats", mapping.dateTimeFormats(), problems);
        checkPatterns(prefix + "month-formats", mapping.monthFormats(), problems);
        try {
            if (Pattern.compile(mapping.fileMonth()).matcher("").groupCount() < 2) {
                problems.add(prefix + "file-month: needs two groups, the year and the month");
            }
        }
        catch (PatternSyntaxException ex) {
            problems.add(prefix + "file-month: not a regular expression: " + ex.getDescription());
        }
        if (mapping.delimiter() == '"' || mapping.delimiter() == '\n' || mapping.delimiter() == '\r') {
            problems.add(prefix + "delimiter: cannot be a quote or a line break");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("config/sources.yml: " + String.join("; ", problems));
        }
    }

    private static void checkValues(Layout layout, String prefix, String field, Map<String, List<String>> spellings,
            List<String> problems) {
        if (!layout.hasField(field)) {
            problems.add(prefix + "values." + field + ": no such field");
            return;
        }
        Field target = layout.fields().get(layout.indexOf(field));
        Map<String, String> seen = new HashMap<>();
        spellings.forEach((canonical, raws) -> {
            if (target.kind() == Field.Kind.CODE && !target.codes().contains(canonical)) {
                problems.add(prefix + "values." + field + "." + canonical + ": not a " + field + "; expected one of "
                        + target.codes());
            }
            for (String raw : raws) {
                String earlier = seen.put(raw, canonical);
                if (earlier != null && !earlier.equals(canonical)) {
                    problems.add(prefix + "values." + field + ": '" + raw + "' is listed under both " + earlier
                            + " and " + canonical);
                }
            }
        });
    }

    private static void checkPatterns(String property, List<String> patterns, List<String> problems) {
        if (patterns.isEmpty()) {
            problems.add(property + ": needs at least one format");
        }
        for (String pattern : patterns) {
            try {
                Temporals.formatter(pattern);
            }
            catch (IllegalArgumentException ex) {
                problems.add(property + ": '" + pattern + "' is not a date format: " + ex.getMessage());
            }
        }
    }
}
