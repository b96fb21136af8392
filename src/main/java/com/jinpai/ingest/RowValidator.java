package com.jinpai.ingest;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import com.jinpai.ingest.RowRule.Problem;
import com.jinpai.system.PlainText;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Turns the records of one file into typed column values, or says why a record is rejected. Built
 * once per file from the file's header: which column holds each canonical field, how each cell is
 * read (mapping formats, money unit, value spellings, defaults) and what the row must satisfy.
 */
final class RowValidator {

    /** What a file's rows are checked against besides their own cells. */
    record Context(Predicate<String> knownCustomer, @Nullable YearMonth fileMonth, ZoneId zone,
            MaxAmounts maxAmounts) {

        /** With the default bounds of money fields. */
        Context(Predicate<String> knownCustomer, @Nullable YearMonth fileMonth, ZoneId zone) {
            this(knownCustomer, fileMonth, zone, MaxAmounts.defaults());
        }
    }

    @FunctionalInterface
    private interface CellReader {
        Object read(String text) throws InvalidValue;
    }

    private final Layout layout;
    private final int headerSize;
    private final String[] names;
    private final String[] headers;
    private final int[] columns;
    private final boolean[] required;
    private final @Nullable String[] defaults;
    private final @Nullable Map<String, String>[] spellings;
    private final CellReader[] readers;
    private final UnaryOperator<String>[] cleaners;
    private final Map<String, Integer> positions;

    @SuppressWarnings({"unchecked", "rawtypes"})
    RowValidator(Layout layout, SourceMapping mapping, List<String> fileHeader, Context context) {
        this.layout = layout;
        this.headerSize = fileHeader.size();
        int size = layout.fields().size();
        this.names = new String[size];
        this.headers = new String[size];
        this.columns = new int[size];
        this.required = new boolean[size];
        this.defaults = new String[size];
        this.spellings = new Map[size];
        this.readers = new CellReader[size];
        this.cleaners = new UnaryOperator[size];
        this.positions = layout.positions();
        Readers readerFactory = new Readers(layout.source(), mapping, context);
        for (int i = 0; i < size; i++) {
            Field field = layout.fields().get(i);
            names[i] = field.name();
            headers[i] = mapping.header(field.name());
            columns[i] = columnOf(fileHeader, headers[i]);
            required[i] = field.required();
            String fallback = mapping.defaults().get(field.name());
            defaults[i] = fallback == null || fallback.isBlank() ? null : fallback.strip();
            spellings[i] = spellingsOf(mapping.values().get(field.name()));
            readers[i] = readerFactory.of(field, field.name().equals(layout.monthField()));
            cleaners[i] = cleanerOf(field);
        }
    }

    /**
     * The canonical fields whose column the header lacks although every row needs them (required
     * and without a default), in layout order.
     */
    List<String> missingColumns() {
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (columns[i] < 0 && required[i] && defaults[i] == null) {
                missing.add(names[i] + " (header '" + headers[i] + "')");
            }
        }
        return missing;
    }

    /** The values of the record in column order, or {@link RejectedRow} saying what is wrong. */
    Object[] validate(CSVRecord record) throws RejectedRow {
        if (record.size() != headerSize) {
            throw new RejectedRow(null, "the row has " + record.size() + " values but the header has " + headerSize
                    + " (is a value holding the delimiter not quoted?)");
        }
        Object[] values = new Object[names.length];
        for (int i = 0; i < names.length; i++) {
            String text = cleaners[i].apply(columns[i] >= 0 ? record.get(columns[i]) : "");
            if (text.isEmpty() && defaults[i] != null) {
                text = defaults[i];
            }
            if (text.isEmpty()) {
                if (required[i]) {
                    throw new RejectedRow(names[i], "required but empty");
                }
                continue;
            }
            if (spellings[i] != null) {
                text = spellings[i].getOrDefault(text, text);
            }
            try {
                values[i] = readers[i].read(text);
            }
            catch (InvalidValue ex) {
                throw new RejectedRow(names[i], ex.getMessage());
            }
        }
        Problem problem = layout.rule().check(new Row(positions, values));
        if (problem != null) {
            throw new RejectedRow(problem.field(), problem.reason());
        }
        return values;
    }

    /**
     * Ids and codes lose invisible characters (a zero-width space must not make a second customer),
     * free text its control characters; dates and numbers are read as written and rejected if broken.
     */
    private static UnaryOperator<String> cleanerOf(Field field) {
        if (field.isIdentifier() || field.kind() == Field.Kind.CODE) {
            return text -> PlainText.withoutInvisibles(text).strip();
        }
        if (field.kind() == Field.Kind.TEXT) {
            return text -> PlainText.printable(text).strip();
        }
        return UnaryOperator.identity();
    }

    private static int columnOf(List<String> fileHeader, String header) {
        int exact = fileHeader.indexOf(header);
        if (exact >= 0) {
            return exact;
        }
        for (int i = 0; i < fileHeader.size(); i++) {
            if (fileHeader.get(i).equalsIgnoreCase(header)) {
                return i;
            }
        }
        return -1;
    }

    private static @Nullable Map<String, String> spellingsOf(@Nullable Map<String, List<String>> byCanonical) {
        if (byCanonical == null || byCanonical.isEmpty()) {
            return null;
        }
        Map<String, String> byRaw = new HashMap<>();
        byCanonical.forEach((canonical, raws) -> raws.forEach(raw -> byRaw.put(raw.strip(), canonical)));
        return byRaw;
    }

    /** A row that fails validation: the field at fault (null for the row as a whole) and why. */
    static final class RejectedRow extends Exception {

        private static final long serialVersionUID = 1L;

        private final @Nullable String field;

        RejectedRow(@Nullable String field, String reason) {
            super(reason, null, false, false);
            this.field = field;
        }

        @Nullable String field() {
            return field;
        }

        String reason() {
            return getMessage();
        }
    }

    /** Builds the reader of each kind of cell from the mapping. */
    private static final class Readers {

        private final Source source;
        private final SourceMapping mapping;
        private final Context context;
        private final Temporals dates;
        private final Temporals dateTimes;
        private final Temporals months;
        private final @Nullable String fileMonthText;
        /** What a decoder puts in place of bytes that are not valid in the file's encoding. */
        private static final char UNDECODABLE = '\uFFFD';

        Readers(Source source, SourceMapping mapping, Context context) {
            this.source = source;
            this.mapping = mapping;
            this.context = context;
            this.dates = Temporals.of(mapping.dateFormats());
            this.dateTimes = Temporals.of(mapping.dateTimeFormats());
            this.months = Temporals.of(mapping.monthFormats());
            this.fileMonthText = context.fileMonth() == null ? null : context.fileMonth().toString();
        }

        CellReader of(Field field, boolean mustMatchFileMonth) {
            return switch (field.kind()) {
                case TEXT -> field.isIdentifier() ? text -> id(text, field.size(), mapping)
                        : text -> text(text, field.size(), mapping);
                case CUSTOMER_ID -> {
                    // An export holds a customer's rows together: the id found last needs no second
                    // lookup in the set of a city's customers. One reader per file, on one thread.
                    // The rows of that customer then share one String, whose hash code the sums
                    // downstream compute once instead of once a row.
                    String[] lastKnown = {null};
                    yield text -> {
                        String id = id(text, field.size(), mapping);
                        if (id.equals(lastKnown[0])) {
                            return lastKnown[0];
                        }
                        if (!context.knownCustomer().test(id)) {
                            throw new InvalidValue("unknown customer (not in the customer table)");
                        }
                        lastKnown[0] = id;
                        return id;
                    };
                }
                case CODE -> {
                    Set<String> codes = field.codeSet();
                    yield text -> code(text, field, codes);
                }
                case DATE -> dates::date;
                case DATE_TIME -> text -> dateTimes.dateTime(text, context.zone());
                case MONTH -> text -> month(text, mustMatchFileMonth);
                case MONEY -> money(field);
                case DECIMAL -> text -> Decimals.parse(text, field.size());
                case COUNT -> Decimals::count;
            };
        }

        /** An amount within the bound of its field (a broken export writes 9999999999999999.99). */
        private CellReader money(Field field) {
            BigDecimal bound = context.maxAmounts().of(source);
            return text -> {
                BigDecimal amount = Decimals.money(text, field.size(), mapping.moneyUnit());
                if (bound != null && amount.abs().compareTo(bound) > 0) {
                    throw new InvalidValue(field.name() + " " + amount.toPlainString() + " is beyond the largest amount allowed, "
                            + bound.toPlainString() + " yuan either way (" + MaxAmounts.setting(source)
                            + " in config/sources.yml)");
                }
                return amount;
            };
        }

        /** An id with a control character in it is broken, not decorated: no guess at what was meant. */
        private static String id(String text, int size, SourceMapping mapping) throws InvalidValue {
            int control = PlainText.firstControl(text);
            if (control >= 0) {
                throw new InvalidValue("holds the control character " + PlainText.codePoint(text.charAt(control))
                        + " at position " + (control + 1) + "; an id must be plain text");
            }
            return text(text, size, mapping);
        }

        private static String text(String text, int size, SourceMapping mapping) throws InvalidValue {
            if (text.length() > size) {
                throw new InvalidValue("longer than " + size + " characters");
            }
            if (text.indexOf(UNDECODABLE) >= 0) {
                throw new InvalidValue("not valid " + mapping.encoding() + " text (is the encoding in config/sources.yml"
                        + " that of the export?)");
            }
            return text;
        }

        private static String code(String text, Field field, Set<String> codes) throws InvalidValue {
            if (codes.contains(text)) {
                return text;
            }
            String upper = text.toUpperCase(Locale.ROOT);
            if (codes.contains(upper)) {
                return upper;
            }
            throw new InvalidValue("not one of " + field.codes() + " (map the export's spellings under values."
                    + field.name() + " in config/sources.yml)");
        }

        private String month(String text, boolean mustMatchFileMonth) throws InvalidValue {
            YearMonth month = months.month(text);
            if (month.equals(context.fileMonth())) {
                // nearly every row of a file holds the file's month: its text once, not once a row
                return fileMonthText;
            }
            if (mustMatchFileMonth && context.fileMonth() != null) {
                throw new InvalidValue("not the month of the file name (" + context.fileMonth() + ")");
            }
            return month.toString();
        }
    }
}
