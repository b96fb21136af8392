package com.jinpai.action.rule;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A customer as the rules see it, built for one test: by default a GOLD VIP in closed October
 * 2024 who was GOLD before, spending steadily 200.00 with no arrears, complaints or top-N entry.
 */
final class Facts {

    private String customerId = "C001";
    private YearMonth month = YearMonth.of(2024, 10);
    private boolean estimated;
    private boolean closed;
    private String tier = "GOLD";
    private String previousTier = "GOLD";
    private String indicatedTier = "GOLD";
    private boolean vip = true;
    private boolean inGrace;
    private int downgradeCount;
    private BigDecimal spend = new BigDecimal("200.00");
    private BigDecimal average = new BigDecimal("200.00");
    private BigDecimal priorAverage = new BigDecimal("200.00");
    private BigDecimal arrears = BigDecimal.ZERO;
    private boolean baseline;
    private List<OverdueBill> overdueBills = List.of();
    private List<OpenComplaint> complaints = new ArrayList<>();
    private TopRankEntry topRankEntry;

    static Facts vip() {
        return new Facts();
    }

    static Facts nonVip(String tier, String average) {
        Facts facts = new Facts();
        facts.vip = false;
        facts.tier = tier;
        facts.previousTier = tier;
        facts.indicatedTier = tier;
        facts.average = new BigDecimal(average);
        facts.priorAverage = new BigDecimal(average);
        facts.spend = new BigDecimal(average);
        return facts;
    }

    Facts notVip() {
        vip = false;
        tier = "SILVER";
        previousTier = "SILVER";
        indicatedTier = "SILVER";
        return this;
    }

    Facts tier(String now, String before) {
        tier = now;
        previousTier = before;
        return this;
    }

    Facts estimated() {
        estimated = true;
        return this;
    }

    Facts closed() {
        closed = true;
        return this;
    }

    Facts grace(String indicated, int count) {
        inGrace = true;
        indicatedTier = indicated;
        downgradeCount = count;
        return this;
    }

    Facts spend(String value) {
        spend = new BigDecimal(value);
        return this;
    }

    Facts average(String value) {
        average = value == null ? null : new BigDecimal(value);
        return this;
    }

    Facts prior(String value) {
        priorAverage = value == null ? null : new BigDecimal(value);
        return this;
    }

    Facts arrears(String value) {
        arrears = new BigDecimal(value);
        return this;
    }

    Facts complaint(String ticketId, LocalDateTime openedAt) {
        complaints.add(new OpenComplaint(ticketId, openedAt));
        return this;
    }

    Facts baseline() {
        baseline = true;
        return this;
    }

    Facts overdue(OverdueBill... bills) {
        overdueBills = List.of(bills);
        return this;
    }

    Facts enteredTopN(int rankNow, Integer rankBefore) {
        topRankEntry = new TopRankEntry(rankNow, rankBefore);
        return this;
    }

    CustomerFacts build() {
        return new CustomerFacts(customerId, month, baseline, estimated, closed, tier, previousTier, indicatedTier, vip,
                inGrace, downgradeCount, spend, average, priorAverage, arrears, overdueBills, complaints, topRankEntry);
    }
}
