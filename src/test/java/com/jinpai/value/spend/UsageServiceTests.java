package com.jinpai.value.spend;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class UsageServiceTests {

    @Test
    void eachServiceIsBilledUnderItsChargeType() {
        assertThat(ChargeType.ofUsageService("VOICE")).isEqualTo(ChargeType.VOICE);
        assertThat(ChargeType.ofUsageService("ROAMING")).isEqualTo(ChargeType.ROAMING);
        assertThatIllegalArgumentException().isThrownBy(() -> ChargeType.ofUsageService("FAX"))
                .withMessageContaining("'FAX' is not one of VOICE, SMS, DATA, ROAMING");
    }

    @Test
    void roamingTakesAnyUnitAndTheOthersTheirOwn() {
        assertThat(UsageService.DATA.unit()).isEqualTo("MB");
        assertThat(UsageService.ROAMING.unit()).isNull();
        assertThat(UsageService.units()).containsExactly("MIN", "MSG", "MB");
        assertThat(UsageService.named("SMS")).isEqualTo(UsageService.SMS);
        assertThat(UsageService.named("sms")).isNull();
    }
}
