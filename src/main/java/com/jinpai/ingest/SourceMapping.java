package com.jinpai.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How one export is laid out, so that a differently shaped export needs configuration only.
 *
 * @param pattern glob of the file names relative to the inbox ({@code billing/bill_lines_*.csv});
 *        the SPEC pattern of the source when absent
 * @param encoding UTF-8 (a byte-order mark is always skipped), GBK, GB18030, ...
 * @param delimiter the field separator
 * @param headers canonical field name to the header of its column in the file (客户编号 for
 *        customer_id); a field not listed is looked up under its canonical name
 * @param dateFormats {@link java.time.format.DateTimeFormatter} patterns for dates, tried in order
 * @param dateTimeFormats patterns for date-times, tried in order; a pattern with an offset is
 *        converted to the business time zone
 * @param monthFormats patterns for months such as bill_month
 * @param moneyUnit whether amounts are written in yuan or in fen
 * @param values per field, canonical value to the spellings the export uses for it
 *        ({@code charge_type: {PLAN: [套餐费, 月租费]}})
 * @param defaults per field, the value taken when the cell is empty
 * @param fileMonth regular expression finding the month in the file name: group 1 is the year,
 *        group 2 the month; a bill-lines file must have it, and its rows must be of that month
 */
public record SourceMapping(
        @Nullable String pattern,
        @DefaultValue("UTF-8") Charset encoding,
        @DefaultValue(",") char delimiter,
        @DefaultValue Map<String, String> headers,
        @DefaultValue(DEFAULT_DATE_FORMAT) List<String> dateFormats,
        @DefaultValue({DEFAULT_DATE_TIME_FORMAT, DEFAULT_DATE_TIME_SPACE_FORMAT}) List<String> dateTimeFormats,
        @DefaultValue(DEFAULT_MONTH_FORMAT) List<String> monthFormats,
        @DefaultValue("YUAN") MoneyUnit moneyUnit,
        @DefaultValue Map<String, Map<String, List<String>>> values,
        @DefaultValue Map<String, String> defaults,
        @DefaultValue(DEFAULT_FILE_MONTH) String fileMonth) {

    static final String DEFAULT_DATE_FORMAT = "yyyy-MM-dd";
    static final String DEFAULT_DATE_TIME_FORMAT = "yyyy-MM-dd'T'HH:mm:ss";
    static final String DEFAULT_DATE_TIME_SPACE_FORMAT = "yyyy-MM-dd HH:mm:ss";
    static final String DEFAULT_MONTH_FORMAT = "yyyy-MM";
    static final String DEFAULT_FILE_MONTH = "(\\d{4})-?(\\d{2})";

    /** The unit amounts are written in. Fen are whole numbers and are divided by 100. */
    public enum MoneyUnit {
        YUAN(0),
        FEN(2);

        private final int shift;

        MoneyUnit(int shift) {
            this.shift = shift;
        }

        /** How many decimal places the written number sits to the left of yuan. */
        int shift() {
            return shift;
        }
    }

    public SourceMapping {
        headers = Map.copyOf(headers);
        dateFormats = List.copyOf(dateFormats);
        dateTimeFormats = List.copyOf(dateTimeFormats);
        monthFormats = List.copyOf(monthFormats);
        values = Map.copyOf(values);
        defaults = Map.copyOf(defaults);
    }

    /** The canonical layout of SPEC section 2 with the given defaults for empty cells. */
    public static SourceMapping canonical(Source source, Map<String, String> defaults) {
        return new SourceMapping(source.canonicalPattern(), StandardCharsets.UTF_8, ',', Map.of(),
                List.of(DEFAULT_DATE_FORMAT), List.of(DEFAULT_DATE_TIME_FORMAT, DEFAULT_DATE_TIME_SPACE_FORMAT),
                List.of(DEFAULT_MONTH_FORMAT), MoneyUnit.YUAN, Map.of(), defaults, DEFAULT_FILE_MONTH);
    }

    /** The pattern to match, the SPEC one when none is configured. */
    String patternOr(Source source) {
        return pattern != null && !pattern.isBlank() ? pattern : source.canonicalPattern();
    }

    /** The header of a canonical field's column in the file. */
    String header(String field) {
        return headers.getOrDefault(field, field);
    }
}
