package com.jinpai.action.rule;

import java.math.BigDecimal;

/** How the star rules write a multiplier: "1.5×", "2×". */
final class StarWording {

    private StarWording() {
    }

    static String multiplier(BigDecimal multiplier) {
        return multiplier.stripTrailingZeros().toPlainString() + "×";
    }
}
