package com.jinpai.action;

import java.math.BigDecimal;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the VIP action lists, bound from {@code config/actions.yml}.
 *
 * @param defaultManagerCapacity max VIPs of a manager whose export row gives no capacity (0 or less)
 * @param rules priority, due days and threshold of each rule
 * @param language the language of the lists and mails ({@code zh} Chinese, {@code en} English)
 * @param output where and in which formats the lists are written
 */
@Validated
@ConfigurationProperties("jinpai.actions")
public record ActionsProperties(
        @Min(1) int defaultManagerCapacity,
        @NotNull Locale language,
        @Valid @NotNull Rules rules,
        @Valid @NotNull Output output) {

    /** One entry per rule of the SPEC table. */
    public record Rules(
            @Valid @NotNull Plain newVipWelcome,
            @Valid @NotNull Plain downgradeRisk,
            @Valid @NotNull SpendDrop spendDrop,
            @Valid @NotNull BillShockAlert billShockAlert,
            @Valid @NotNull ArrearsNotice arrearsNotice,
            @Valid @NotNull ComplaintEscalation complaintEscalation,
            @Valid @NotNull UpgradeNudge upgradeNudge,
            @Valid @NotNull Plain topRankEntry) {
    }

    /** A rule without a threshold of its own. */
    public record Plain(@NotNull Priority priority, @Min(0) int dueDays) {
    }

    /** Fires when a closed month's spend is at or below this share of the prior average. */
    public record SpendDrop(@NotNull Priority priority, @Min(0) int dueDays,
            @NotNull @DecimalMin("0") BigDecimal maxPercentOfPriorAverage) {
    }

    /** Fires when the month(-to-date) spend is at or above this share of the prior average. */
    public record BillShockAlert(@NotNull Priority priority, @Min(0) int dueDays,
            @NotNull @DecimalMin("0") BigDecimal minPercentOfPriorAverage) {
    }

    /** Fires when overdue arrears are above this amount (yuan). */
    public record ArrearsNotice(@NotNull Priority priority, @Min(0) int dueDays,
            @NotNull @DecimalMin("0") BigDecimal minArrears) {
    }

    /** Fires when an open complaint has had no first response for this many hours. */
    public record ComplaintEscalation(@NotNull Priority priority, @Min(0) int dueDays,
            @Min(1) int noResponseHours) {
    }

    /**
     * Fires when a non-VIP's average is below the VIP line by at most this percentage of it; the line
     * is the one of {@code jinpai.tiers.vip-from} ({@code config/value.yml}), its only owner.
     */
    public record UpgradeNudge(@NotNull Priority priority, @Min(0) int dueDays,
            @NotNull @DecimalMin("0") BigDecimal withinPercent) {
    }

    /**
     * @param folder sub-folder of {@code jinpai.output-dir} holding one folder per run month
     * @param xlsx whether an XLSX is written next to every CSV
     * @param xlsxWriters threads that write the XLSX workbooks while the lists go on being read and their CSVs
     *        written; 0: each workbook is written right after its CSV. The files are the same either way.
     */
    public record Output(@NotBlank String folder, boolean xlsx, @Min(0) int xlsxWriters) {
    }
}
