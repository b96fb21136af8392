package com.jinpai.value.spend;

import java.util.Locale;

/** A bill-line charge type, in the order of the breakdown columns of {@code customer_month}. */
public enum ChargeType {
    PLAN, VOICE, SMS, DATA, ROAMING, VAS, EQUIPMENT, DISCOUNT, ADJUSTMENT, REFUND;

    /** Number of charge types: the stride of a breakdown array. */
    public static final int COUNT = values().length;

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
        return switch (service) {
            case "VOICE" -> VOICE;
            case "SMS" -> SMS;
            case "DATA" -> DATA;
            case "ROAMING" -> ROAMING;
            default -> throw new IllegalArgumentException("usage_daily.service '" + service
                    + "' is not one of VOICE, SMS, DATA, ROAMING; fix the usage export or its mapping");
        };
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
