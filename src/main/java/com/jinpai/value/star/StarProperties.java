package com.jinpai.value.star;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The star rating ({@code jinpai.stars} in {@code config/stars.yml}).
 *
 * @param ratingMonth month of the year (1-12) whose closed-month evaluation rates everyone afresh
 * @param yearBasis which months a score sums
 * @param tenureBands tenure points by whole months since the join date, lowest band first
 * @param pointsPerYuan score points per yuan of the year's spend
 * @param pointsRounding how fractional points round (score and loyalty points alike)
 * @param suspension what counts as an arrears suspension and what each costs
 * @param levels the levels from the lowest up, each with its score line and benefits
 * @param nearStarBand points below a level's line within which a customer is told what it takes;
 *        below the first level that customer is near-star (准星)
 * @param exclusions who is not rated
 * @param loyaltyPointsPerYuan loyalty points per yuan of a month's spend, before the level's multiplier
 */
@Validated
@ConfigurationProperties("jinpai.stars")
public record StarProperties(
        @Min(1) @Max(12) int ratingMonth,
        @NotNull YearBasis yearBasis,
        @NotEmpty List<@Valid @NotNull TenureBand> tenureBands,
        @NotNull @DecimalMin("0") BigDecimal pointsPerYuan,
        @NotNull RoundingMode pointsRounding,
        @Valid @NotNull Suspension suspension,
        @NotEmpty List<@Valid @NotNull Level> levels,
        @Min(0) int nearStarBand,
        @Valid @NotNull Exclusions exclusions,
        @NotNull @DecimalMin("0") BigDecimal loyaltyPointsPerYuan) {

    public StarProperties {
        for (int i = 1; tenureBands != null && i < tenureBands.size(); i++) {
            if (tenureBands.get(i).minMonths() <= tenureBands.get(i - 1).minMonths()) {
                throw new IllegalArgumentException("jinpai.stars.tenure-bands[" + i + "].min-months = "
                        + tenureBands.get(i).minMonths() + ": must be above tenure-bands[" + (i - 1) + "] ("
                        + tenureBands.get(i - 1).minMonths() + "); bands rise strictly (config/stars.yml)");
            }
        }
        for (int i = 1; levels != null && i < levels.size(); i++) {
            if (levels.get(i).minScore() <= levels.get(i - 1).minScore()) {
                throw new IllegalArgumentException("jinpai.stars.levels[" + i + "].min-score = "
                        + levels.get(i).minScore() + ": must be above levels[" + (i - 1) + "] ("
                        + levels.get(i - 1).minScore() + "); level lines rise strictly (config/stars.yml)");
            }
        }
        tenureBands = tenureBands == null ? null : List.copyOf(tenureBands);
        levels = levels == null ? null : List.copyOf(levels);
    }

    /**
     * @param minMonths whole months since the join date from which the band applies
     * @param points score points of the band
     */
    public record TenureBand(@Min(0) int minMonths, @Min(0) int points) {
    }

    /**
     * @param daysAfterDue a bill still not paid this many days after its due date is a suspension
     * @param penalty score points taken off per suspension in the star year
     * @param penaltyCap the most points suspensions take off in one star year
     */
    public record Suspension(@Min(0) int daysAfterDue, @Min(0) int penalty, @Min(0) int penaltyCap) {
    }

    /**
     * @param name the level's code, as written to the tables
     * @param label the level as customers know it
     * @param minScore the lowest score of the level
     * @param pointsMultiplier loyalty points multiplier on the bill
     * @param creditLimit credit (overdraft) limit, yuan
     */
    public record Level(@NotBlank String name, @NotBlank String label, @Min(0) long minScore,
            @NotNull @DecimalMin("0") BigDecimal pointsMultiplier, @NotNull @DecimalMin("0") BigDecimal creditLimit) {
    }

    /**
     * @param minTenureMonths customers with fewer whole months since their join date are not rated
     * @param ratedStatuses only customers with one of these statuses are rated
     * @param customerTypes customer types that are not rated
     * @param blocklistDaysAfterDue a customer with a bill still unpaid this many days after its due
     *        date is on the arrears blocklist and not rated
     */
    public record Exclusions(@Min(0) int minTenureMonths, @NotEmpty Set<String> ratedStatuses,
            @NotNull Set<String> customerTypes, @Min(0) int blocklistDaysAfterDue) {
    }
}
