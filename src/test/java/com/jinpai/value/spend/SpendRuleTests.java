package com.jinpai.value.spend;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpendRuleTests {

    private static long[] breakdown(long plan, long data, long equipment, long discount, long refund, long adjustment) {
        long[] breakdown = new long[ChargeType.COUNT];
        breakdown[ChargeType.PLAN.ordinal()] = plan;
        breakdown[ChargeType.DATA.ordinal()] = data;
        breakdown[ChargeType.EQUIPMENT.ordinal()] = equipment;
        breakdown[ChargeType.DISCOUNT.ordinal()] = discount;
        breakdown[ChargeType.REFUND.ordinal()] = refund;
        breakdown[ChargeType.ADJUSTMENT.ordinal()] = adjustment;
        return breakdown;
    }

    @Test
    void spendIsNetOfDiscountsRefundsAdjustmentsAndLeavesEquipmentOut() {
        // 128.00 plan + 35.50 data + 99.00 handset - 10.00 discount - 5.25 refund + 1.10 adjustment
        long[] lines = breakdown(12800, 3550, 9900, -1000, -525, 110);
        SpendRule rule = new SpendRule(EnumSet.of(ChargeType.EQUIPMENT));

        assertThat(rule.spend(lines, 0)).isEqualTo(12800 + 3550 - 1000 - 525 + 110);
        assertThat(SpendRule.billed(lines, 0)).isEqualTo(12800 + 3550 + 9900 - 1000 - 525 + 110);
    }

    @Test
    void exclusionsComeFromConfiguration() {
        long[] lines = breakdown(12800, 3550, 9900, 0, 0, 0);

        assertThat(new SpendRule(Set.of()).spend(lines, 0)).isEqualTo(12800 + 3550 + 9900);
        assertThat(new SpendRule(EnumSet.of(ChargeType.EQUIPMENT, ChargeType.DATA)).spend(lines, 0)).isEqualTo(12800);
    }

    @Test
    void readsTheCustomerAtItsOffset() {
        long[] twoCustomers = new long[ChargeType.COUNT * 2];
        twoCustomers[ChargeType.COUNT + ChargeType.VOICE.ordinal()] = 777;

        SpendRule rule = new SpendRule(EnumSet.of(ChargeType.EQUIPMENT));
        assertThat(rule.spend(twoCustomers, 0)).isZero();
        assertThat(rule.spend(twoCustomers, ChargeType.COUNT)).isEqualTo(777);
    }
}
