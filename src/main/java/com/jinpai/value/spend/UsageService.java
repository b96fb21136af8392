package com.jinpai.value.spend;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * The rated usage services of the usage export ({@code usage_day} sums them per day): the unit a
 * quantity is counted in and the bill's charge type the service is billed under. The one list the ingest's layout and unit check,
 * the open month's estimate and the synthetic exports all read.
 */
public enum UsageService {
    VOICE("MIN", ChargeType.VOICE),
    SMS("MSG", ChargeType.SMS),
    DATA("MB", ChargeType.DATA),
    /** Roaming is rated per call, message or megabyte: any unit. */
    ROAMING(null, ChargeType.ROAMING);

    private final @Nullable String unit;
    private final ChargeType chargeType;

    UsageService(@Nullable String unit, ChargeType chargeType) {
        this.unit = unit;
        this.chargeType = chargeType;
    }

    /** The unit a quantity of this service must be in; null when any unit fits. */
    public @Nullable String unit() {
        return unit;
    }

    public ChargeType chargeType() {
        return chargeType;
    }

    /** The service codes, for the ingest layout. */
    public static String[] codes() {
        return Arrays.stream(values()).map(Enum::name).toArray(String[]::new);
    }

    /** Every unit a usage row may give. */
    public static String[] units() {
        return Arrays.stream(values()).map(UsageService::unit).filter(u -> u != null).distinct()
                .toArray(String[]::new);
    }

    /** values() copies its array on every call, and ingest asks once a row. */
    private static final UsageService[] NAMED = values();

    /** The service of a code, or null when the code is none. */
    public static @Nullable UsageService named(@Nullable String code) {
        for (UsageService service : NAMED) {
            if (service.name().equals(code)) {
                return service;
            }
        }
        return null;
    }
}
