package com.jinpai.ingest;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import com.jinpai.value.CustomerStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where each export is found and how it is laid out ({@code config/sources.yml}). A source left
 * out takes the canonical layout of SPEC section 2. Every mapping is checked against its source's
 * fields when the application starts, so a typo fails at start rather than in the night.
 *
 * @param rejectLimit share of a file's rows that may be rejected before the whole file is refused
 * @param batchSize rows per JDBC batch
 * @param maxAmount largest absolute amount per money field; a row past it is rejected
 * @param customers customers export
 * @param accountManagers account managers export
 * @param billLines monthly bill lines exports
 * @param payments payments exports
 * @param usage daily usage exports
 * @param complaints complaints export
 */
@Validated
@ConfigurationProperties("jinpai.sources")
public record SourcesProperties(
        @DefaultValue(DEFAULT_REJECT_LIMIT) @DecimalMin("0") @DecimalMax("1") BigDecimal rejectLimit,
        @DefaultValue(DEFAULT_BATCH_SIZE) @Positive int batchSize,
        @Valid @DefaultValue MaxAmounts maxAmount,
        @Valid @Nullable SourceMapping customers,
        @Valid @Nullable SourceMapping accountManagers,
        @Valid @Nullable SourceMapping billLines,
        @Valid @Nullable SourceMapping payments,
        @Valid @Nullable SourceMapping usage,
        @Valid @Nullable SourceMapping complaints) {

    static final String DEFAULT_REJECT_LIMIT = "0.01";
    static final String DEFAULT_BATCH_SIZE = "5000";

    /** Empty cells that the tables cannot hold empty, as SPEC section 2 defines them. */
    private static final Map<Source, Map<String, String>> CANONICAL_DEFAULTS = Map.of(
            Source.CUSTOMERS, Map.of("status", CustomerStatus.ACTIVE.name()),
            // a blank capacity is "not given" (0): jinpai.actions.default-manager-capacity, its one owner, applies
            Source.ACCOUNT_MANAGERS, Map.of("capacity", "0"));

    public SourcesProperties {
        customers = orCanonical(customers, Source.CUSTOMERS);
        accountManagers = orCanonical(accountManagers, Source.ACCOUNT_MANAGERS);
        billLines = orCanonical(billLines, Source.BILL_LINES);
        payments = orCanonical(payments, Source.PAYMENTS);
        usage = orCanonical(usage, Source.USAGE);
        complaints = orCanonical(complaints, Source.COMPLAINTS);
        for (Source source : Source.values()) {
            MappingCheck.check(source, mapping(source, customers, accountManagers, billLines, payments, usage,
                    complaints));
        }
    }

    public SourceMapping mapping(Source source) {
        return mapping(source, customers, accountManagers, billLines, payments, usage, complaints);
    }

    /** A copy with one source's mapping replaced (tests, benchmarks, onboarding a new layout). */
    public SourcesProperties with(Source source, SourceMapping mapping) {
        Map<Source, SourceMapping> all = new EnumMap<>(Source.class);
        for (Source each : Source.values()) {
            all.put(each, each == source ? mapping : mapping(each));
        }
        return new SourcesProperties(rejectLimit, batchSize, maxAmount, all.get(Source.CUSTOMERS),
                all.get(Source.ACCOUNT_MANAGERS), all.get(Source.BILL_LINES), all.get(Source.PAYMENTS),
                all.get(Source.USAGE), all.get(Source.COMPLAINTS));
    }

    /** The canonical layout of every source with the default limits. */
    public static SourcesProperties canonical() {
        return new SourcesProperties(new BigDecimal(DEFAULT_REJECT_LIMIT), Integer.parseInt(DEFAULT_BATCH_SIZE),
                MaxAmounts.defaults(), null, null, null, null, null, null);
    }

    private static SourceMapping orCanonical(@Nullable SourceMapping mapping, Source source) {
        return mapping != null ? mapping : SourceMapping.canonical(source, CANONICAL_DEFAULTS.getOrDefault(source,
                Map.of()));
    }

    private static SourceMapping mapping(Source source, SourceMapping customers, SourceMapping accountManagers,
            SourceMapping billLines, SourceMapping payments, SourceMapping usage, SourceMapping complaints) {
        return switch (source) {
            case CUSTOMERS -> customers;
            case ACCOUNT_MANAGERS -> accountManagers;
            case BILL_LINES -> billLines;
            case PAYMENTS -> payments;
            case USAGE -> usage;
            case COMPLAINTS -> complaints;
        };
    }
}
