package com.jinpai.action;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** config/actions.yml carries the SPEC section 4 defaults. */
class ActionsPropertiesTests {

    @Test
    void configFileHoldsTheSpecTable() {
        ActionsProperties actions = TestActionsConfig.fromFile();
        var rules = actions.rules();

        assertThat(actions.defaultManagerCapacity()).isEqualTo(200);
        assertThat(rules.newVipWelcome()).isEqualTo(new ActionsProperties.Plain(Priority.P2, 7));
        assertThat(rules.downgradeRisk()).isEqualTo(new ActionsProperties.Plain(Priority.P1, 5));
        assertThat(rules.spendDrop().priority()).isEqualTo(Priority.P1);
        assertThat(rules.spendDrop().dueDays()).isEqualTo(5);
        assertThat(rules.spendDrop().maxPercentOfPriorAverage()).isEqualByComparingTo("70");
        assertThat(rules.billShockAlert().priority()).isEqualTo(Priority.P2);
        assertThat(rules.billShockAlert().dueDays()).isEqualTo(2);
        assertThat(rules.billShockAlert().minPercentOfPriorAverage()).isEqualByComparingTo("150");
        assertThat(rules.arrearsNotice().priority()).isEqualTo(Priority.P2);
        assertThat(rules.arrearsNotice().dueDays()).isEqualTo(3);
        assertThat(rules.arrearsNotice().minArrears()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(rules.complaintEscalation().priority()).isEqualTo(Priority.P1);
        assertThat(rules.complaintEscalation().dueDays()).isEqualTo(1);
        assertThat(rules.complaintEscalation().noResponseHours()).isEqualTo(48);
        assertThat(rules.upgradeNudge().priority()).isEqualTo(Priority.P3);
        assertThat(rules.upgradeNudge().dueDays()).isEqualTo(14);
        assertThat(rules.upgradeNudge().withinPercent()).isEqualByComparingTo("10");
        assertThat(rules.topRankEntry()).isEqualTo(new ActionsProperties.Plain(Priority.P3, 14));
        assertThat(actions.language()).isEqualTo(java.util.Locale.CHINESE);
        assertThat(actions.output().folder()).isEqualTo("actions");
        assertThat(actions.output().xlsx()).isTrue();
    }
}
