package com.jinpai.generate;

/** Bill-line charge types of the canonical layout, in the order a bill lists them. */
enum ChargeType {
    PLAN, VOICE, SMS, DATA, ROAMING, VAS, EQUIPMENT, DISCOUNT, REFUND, ADJUSTMENT
}
