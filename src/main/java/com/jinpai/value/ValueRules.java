package com.jinpai.value;

import java.util.List;

import com.jinpai.value.ranking.RankingProperties;
import com.jinpai.value.ranking.TopN;
import com.jinpai.value.segment.RfmProperties;
import com.jinpai.value.segment.RfmSegmentMap;
import com.jinpai.value.segment.TrendProperties;
import com.jinpai.value.segment.TrendRule;
import com.jinpai.value.spend.ArrearsProperties;
import com.jinpai.value.spend.ArrearsRule;
import com.jinpai.value.spend.SpendProperties;
import com.jinpai.value.spend.SpendRule;
import com.jinpai.value.star.StarProperties;
import com.jinpai.value.star.StarRules;
import com.jinpai.value.tier.GraceRule;
import com.jinpai.value.tier.TierLadder;
import com.jinpai.value.tier.TierProperties;
import org.springframework.stereotype.Component;

/** The value rules built once from {@code config/value.yml} and {@code config/stars.yml}, and a digest of them. */
@Component
class ValueRules {

    final int windowMonths;
    final SpendRule spend;
    final TierLadder ladder;
    final GraceRule grace;
    final TopN topN;
    final RfmSegmentMap rfm;
    final TrendRule trend;
    final ArrearsRule arrears;
    final StarRules stars;
    private final String digest;

    ValueRules(SpendProperties spend, TierProperties tiers, RankingProperties ranking, RfmProperties rfm,
            TrendProperties trend, ArrearsProperties arrears, StarProperties stars) {
        this.windowMonths = spend.averageWindowMonths();
        this.spend = new SpendRule(spend.excludedChargeTypes());
        this.ladder = new TierLadder(tiers);
        this.grace = new GraceRule(tiers.grace());
        this.topN = new TopN(ranking.topN());
        this.rfm = new RfmSegmentMap(rfm);
        this.trend = new TrendRule(trend);
        this.arrears = new ArrearsRule(arrears);
        this.stars = new StarRules(stars, this.arrears);
        // Every settings record the rules are built from, whole: a setting added to one of them is
        // in the digest without being listed here.
        this.digest = SettingsFingerprint.of(List.of(spend, tiers, ranking, rfm, trend, arrears, stars));
    }

    /** Changes whenever a rule setting changes, so that months evaluated under old rules are redone. */
    String digest() {
        return digest;
    }
}
