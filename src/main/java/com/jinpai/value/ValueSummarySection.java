package com.jinpai.value;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

import com.jinpai.run.RunParameters;
import com.jinpai.run.RunSummarySection;

/** Run summary: customers per tier, tier moves, VIPs, revenue and the top decile's share of it. */
@Component
class ValueSummarySection implements RunSummarySection {

    private static final int ORDER = 200;
    private static final BigDecimal PERCENT = BigDecimal.valueOf(100);

    private final ValueSummaryQuery summaries;

    ValueSummarySection(ValueSummaryQuery summaries) {
        this.summaries = summaries;
    }

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public void write(JobExecution execution, PrintWriter out) {
        YearMonth month = RunParameters.monthOf(execution);
        if (month == null) {
            return;
        }
        ValueSummary value = summaries.forMonth(month);
        if (value.customers() == 0) {
            out.println("Customer value " + month + ": no rows (no closed month and no estimate yet)");
            return;
        }
        out.printf("Customer value %s%s: %,d customers, %,d VIP, revenue %s yuan, top decile %s%% of revenue%n",
                month, value.estimated() ? " (month-to-date estimate)" : "", value.customers(), value.vipCustomers(),
                value.revenue().setScale(2, RoundingMode.HALF_UP).toPlainString(),
                value.topDecileRevenueShare().multiply(PERCENT).setScale(1, RoundingMode.HALF_UP).toPlainString());
        StringBuilder tiers = new StringBuilder("  tiers:");
        value.customersPerTier().forEach((tier, count) -> tiers.append(String.format(" %s %,d", tier, count)));
        out.println(tiers);
        out.printf("  tier moves: %,d up, %,d down, %,d tiered for the first time%n", value.upgrades(),
                value.downgrades(), value.newlyTiered());
    }
}
