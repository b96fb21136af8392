package com.jinpai.ingest;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The largest absolute amount, in yuan, a row may carry in each money field
 * ({@code jinpai.sources.max-amount} in config/sources.yml). A row past it is rejected, naming the
 * bound: an amount like {@code 9999999999999999.99} is a broken export, and summed over a few lines
 * it would pass what a month's spend can hold. The ceiling of each bound keeps the sum of a
 * customer's lines far inside that range.
 *
 * @param billLines bound of {@code amount} of a bill line
 * @param payments bound of {@code amount} of a payment
 * @param usage bound of {@code rated_amount} of a day's usage of one service
 */
public record MaxAmounts(
        @DefaultValue(DEFAULT_BILL_LINE) @NotNull @Positive @DecimalMax(CEILING) BigDecimal billLines,
        @DefaultValue(DEFAULT_PAYMENT) @NotNull @Positive @DecimalMax(CEILING) BigDecimal payments,
        @DefaultValue(DEFAULT_USAGE) @NotNull @Positive @DecimalMax(CEILING) BigDecimal usage) {

    static final String DEFAULT_BILL_LINE = "10000000";
    static final String DEFAULT_PAYMENT = "10000000";
    static final String DEFAULT_USAGE = "1000000";
    /**
     * 10^9 yuan: at this bound a customer needs some 92 million lines in a month before a sum passes
     * what a long holds in fen; at the default bound, billions.
     */
    static final String CEILING = "1000000000";

    static MaxAmounts defaults() {
        return new MaxAmounts(new BigDecimal(DEFAULT_BILL_LINE), new BigDecimal(DEFAULT_PAYMENT),
                new BigDecimal(DEFAULT_USAGE));
    }

    /** The bound of a source's money field, null for a source without money. */
    @Nullable BigDecimal of(Source source) {
        return switch (source) {
            case BILL_LINES -> billLines;
            case PAYMENTS -> payments;
            case USAGE -> usage;
            default -> null;
        };
    }

    /** Where the bound of a source is set, for messages. */
    static String setting(Source source) {
        return "jinpai.sources.max-amount." + source.id();
    }
}
