package com.jinpai.value.segment;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The RFM segment map ({@code jinpai.rfm} in {@code config/value.yml}).
 *
 * @param segments the named segment per recency score and FM score
 */
@Validated
@ConfigurationProperties("jinpai.rfm")
public record RfmProperties(@NotNull @Valid Grid segments) {

    /**
     * One row per recency score; each row lists the segment for FM score 1 to 5.
     */
    public record Grid(
            @NotNull @Size(min = 5, max = 5) List<RfmSegment> r1,
            @NotNull @Size(min = 5, max = 5) List<RfmSegment> r2,
            @NotNull @Size(min = 5, max = 5) List<RfmSegment> r3,
            @NotNull @Size(min = 5, max = 5) List<RfmSegment> r4,
            @NotNull @Size(min = 5, max = 5) List<RfmSegment> r5) {
    }
}
