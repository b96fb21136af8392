package com.jinpai.generate;

import com.jinpai.value.spend.ChargeType;
import com.jinpai.value.spend.UsageService;

/**
 * Rated usage services as the generator draws them: the service (its unit and bill line come from
 * {@link UsageService}) and the out-of-plan price per unit in fen, which turns a rated amount back
 * into a plausible quantity.
 */
enum Service {
    VOICE(UsageService.VOICE, 15),
    SMS(UsageService.SMS, 10),
    DATA(UsageService.DATA, 3),
    ROAMING(UsageService.ROAMING, 99);

    /** Roaming may be rated in any unit; the generator rates it per call minute. */
    private static final String ROAMING_UNIT = "MIN";

    private final UsageService usage;
    private final long fenPerUnit;

    Service(UsageService usage, long fenPerUnit) {
        this.usage = usage;
        this.fenPerUnit = fenPerUnit;
    }

    String unit() {
        return usage.unit() != null ? usage.unit() : ROAMING_UNIT;
    }

    long fenPerUnit() {
        return fenPerUnit;
    }

    ChargeType chargeType() {
        return usage.chargeType();
    }
}
