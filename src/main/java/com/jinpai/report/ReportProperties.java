package com.jinpai.report;

import com.jinpai.value.ParetoSetting;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How much the run report shows.
 *
 * @param paretoPoints points on the revenue Pareto curve (customers are added up into this many buckets when a
 *        month is evaluated, and kept with its summary)
 * @param topRejectReasons reject reasons listed for the month, commonest first
 * @param reasonsPerFile reject reasons listed under each file
 * @param topManagers account managers listed by action count (the rest are summed in one line)
 */
@Validated
@ConfigurationProperties("jinpai.report")
record ReportProperties(
        @DefaultValue("100") @Min(2) @Max(1000) int paretoPoints,
        @DefaultValue("10") @Min(1) int topRejectReasons,
        @DefaultValue("3") @Min(1) int reasonsPerFile,
        @DefaultValue("30") @Min(1) int topManagers) implements ParetoSetting {
}
