package com.jinpai.ingest.quality;

import java.time.LocalDate;
import java.util.List;

/**
 * Every source judged on one day.
 *
 * @param asOf the run's as-of date (or the day {@code jinpai check} was asked about)
 * @param judgedOn the day ages are measured on: the as-of, or for a month-close the closed month's
 *        last day when that is earlier (a month is judged by the data it closes)
 */
public record InputAssessment(LocalDate asOf, LocalDate judgedOn, List<SourceCheck> sources) {

    public InputAssessment {
        sources = List.copyOf(sources);
    }

    /** The worst level of any source. */
    public Level level() {
        return sources.stream().map(SourceCheck::level).reduce(Level.PASS, Level::worst);
    }

    /** The findings of one level over every source, in source order. */
    public List<String> findings(Level level) {
        return sources.stream().flatMap(source -> source.findings().stream())
                .filter(finding -> finding.level() == level).map(SourceCheck.Finding::text).toList();
    }
}
