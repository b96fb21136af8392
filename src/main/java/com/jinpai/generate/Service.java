package com.jinpai.generate;

import com.jinpai.value.spend.ChargeType;

/**
 * Rated usage services: the unit they are counted in, the out-of-plan price per unit in fen (which
 * turns a rated amount back into a plausible quantity) and the bill line they are charged on.
 */
enum Service {
    VOICE("MIN", 15, ChargeType.VOICE),
    SMS("MSG", 10, ChargeType.SMS),
    DATA("MB", 3, ChargeType.DATA),
    ROAMING("MIN", 99, ChargeType.ROAMING);

    private final String unit;
    private final long fenPerUnit;
    private final ChargeType chargeType;

    Service(String unit, long fenPerUnit, ChargeType chargeType) {
        this.unit = unit;
        this.fenPerUnit = fenPerUnit;
        this.chargeType = chargeType;
    }

    String unit() {
        return unit;
    }

    long fenPerUnit() {
        return fenPerUnit;
    }

    ChargeType chargeType() {
        return chargeType;
    }
}
