package com.jinpai.value.spend;

import java.util.Arrays;
import java.util.Locale;

/**
 * A bill-line charge type (SPEC section 2), in the order of the breakdown columns of
 * {@code customer_month}: the one list of charge types that ingest, the generator and the value
 * rules share, with the sign a line of each type may carry.
 */
public enum ChargeType {
    PLAN(Sign.CHARGE), VOICE(Sign.CHARGE), SMS(Sign.CHARGE), DATA(Sign.CHARGE), ROAMING(Sign.CHARGE),
    VAS(Sign.CHARGE), EQUIPMENT(Sign.CHARGE), DISCOUNT(Sign.CREDIT), ADJUSTMENT(Sign.EITHER), REFUND(Sign.CREDIT);

    /** Which amounts a line may carry: a charge is zero or positive, a credit zero or negative. */
    public enum Sign { CHARGE, CREDIT, EITHER }

    private final Sign sign;

    ChargeType(Sign sign) {
        this.sign = sign;
    }

    public Sign sign() {
        return sign;
    }

    /** The codes in column order, for the ingest layout. */
    public static String[] codes() {
        return Arrays.stream(values()).map(Enum::name).toArray(String[]::new);
    }

    /** values() copies its array on every call, and ingest asks once a row. */
    private static final ChargeType[] NAMED = values();

    /** The charge type of a code, or null when the code is none. */
    public static ChargeType named(String code) {
        for (ChargeType type : NAMED) {
            if (type.name().equals(code)) {
                return type;
            }
        }
        return null;
    }

    /** Number of charge types: the stride of a breakdown array. */
    public static final int COUNT = values().length;

    /** The column of the month's sum in {@code bill_total} (fen), e.g. {@code voice_fen}. */
    public String totalColumn() {
        return name().toLowerCase(Locale.ROOT) + "_fen";
    }

    /** The breakdown column in {@code customer_month}, e.g. {@code spend_voice}. */
    public String column() {
        return "spend_" + name().toLowerCase(Locale.ROOT);
    }

    /**
     * The charge type a usage service is billed under, for the open month's estimate.
     *
     * @throws IllegalArgumentException naming the service when it is not one the bill knows
     */
    public static ChargeType ofUsageService(String service) {
        UsageService known = UsageService.named(service);
        if (known == null) {
            throw new IllegalArgumentException("usage service '" + service + "' is not one of "
                    + String.join(", ", UsageService.codes()) + "; fix the usage export or its mapping");
        }
        return known.chargeType();
    }

    public static ChargeType ofBillLine(String chargeType) {
        try {
            return valueOf(chargeType);
        }
        catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("bill_line.charge_type '" + chargeType
                    + "' is not a known charge type; the ingest should have rejected it", ex);
        }
    }
}
