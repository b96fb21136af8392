package com.jinpai.value.star;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StarPropertiesTests {

    private final StarProperties shipped = ShippedStars.properties();

    @Test
    void theShippedFileBinds() {
        assertThat(shipped.levels()).extracting(StarProperties.Level::name).containsExactly("ONE_STAR", "TWO_STAR",
                "THREE_STAR", "FOUR_STAR", "FIVE_STAR_SILVER", "FIVE_STAR_GOLD", "FIVE_STAR_DIAMOND");
        assertThat(shipped.levels()).extracting(StarProperties.Level::pointsMultiplier).map(BigDecimal::stripTrailingZeros)
                .map(BigDecimal::toPlainString).containsExactly("1", "1", "1.5", "2", "2.5", "3", "5");
        assertThat(shipped.exclusions().ratedStatuses()).containsExactly("ACTIVE");
        assertThat(shipped.ratingMonth()).isEqualTo(12);
    }

    @Test
    void levelLinesMustRiseNamingTheSetting() {
        List<StarProperties.Level> levels = List.of(shipped.levels().get(1), shipped.levels().get(0));
        assertThatThrownBy(() -> new StarProperties(12, YearBasis.CALENDAR_YEAR, shipped.tenureBands(),
                BigDecimal.ONE, shipped.pointsRounding(), shipped.suspension(), levels, 100, shipped.exclusions(),
                BigDecimal.ONE))
                .hasMessage("jinpai.stars.levels[1].min-score = 100: must be above levels[0] (500);"
                        + " level lines rise strictly (config/stars.yml)");
    }

    @Test
    void tenureBandsMustRise() {
        List<StarProperties.TenureBand> bands = List.of(new StarProperties.TenureBand(36, 200),
                new StarProperties.TenureBand(12, 100));
        assertThatThrownBy(() -> new StarProperties(12, YearBasis.CALENDAR_YEAR, bands, BigDecimal.ONE,
                shipped.pointsRounding(), shipped.suspension(), shipped.levels(), 100, shipped.exclusions(),
                BigDecimal.ONE)).hasMessageStartingWith("jinpai.stars.tenure-bands[1].min-months = 12");
    }
}
