package com.jinpai.value.ranking;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Ranking settings ({@code jinpai.ranking} in {@code config/value.yml}).
 *
 * @param topN size of the top-N list whose entries and exits are recorded
 */
@Validated
@ConfigurationProperties("jinpai.ranking")
public record RankingProperties(@Min(1) int topN) {
}
