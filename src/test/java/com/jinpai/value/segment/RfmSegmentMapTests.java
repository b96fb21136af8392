package com.jinpai.value.segment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.FileSystemResource;

import static org.assertj.core.api.Assertions.assertThat;

/** The map shipped in config/value.yml. */
class RfmSegmentMapTests {

    static RfmProperties shippedProperties() {
        try {
            StandardEnvironment environment = new StandardEnvironment();
            new YamlPropertySourceLoader().load("value", new FileSystemResource(Path.of("config/value.yml")))
                    .forEach(environment.getPropertySources()::addLast);
            return new Binder(ConfigurationPropertySources.get(environment))
                    .bind("jinpai.rfm", RfmProperties.class).get();
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private final RfmSegmentMap map = new RfmSegmentMap(shippedProperties());

    @Test
    void fmIsTheMeanOfFrequencyAndMonetaryRoundedHalfUp() {
        assertThat(RfmSegmentMap.fmScore(5, 4)).isEqualTo(5);
        assertThat(RfmSegmentMap.fmScore(4, 4)).isEqualTo(4);
        assertThat(RfmSegmentMap.fmScore(1, 2)).isEqualTo(2);
        assertThat(RfmSegmentMap.fmScore(1, 1)).isEqualTo(1);
    }

    @Test
    void cornersOfTheShippedMap() {
        assertThat(map.segment(5, 5, 5)).isEqualTo(RfmSegment.CHAMPIONS);
        assertThat(map.segment(4, 4, 4)).isEqualTo(RfmSegment.CHAMPIONS);
        assertThat(map.segment(5, 1, 1)).isEqualTo(RfmSegment.NEW);
        assertThat(map.segment(4, 1, 1)).isEqualTo(RfmSegment.PROMISING);
        assertThat(map.segment(1, 5, 5)).isEqualTo(RfmSegment.CANT_LOSE_THEM);
        assertThat(map.segment(1, 1, 1)).isEqualTo(RfmSegment.LOST);
        assertThat(map.segment(2, 1, 2)).isEqualTo(RfmSegment.HIBERNATING);
        assertThat(map.segment(3, 3, 3)).isEqualTo(RfmSegment.NEED_ATTENTION);
        assertThat(map.segment(3, 2, 1)).isEqualTo(RfmSegment.ABOUT_TO_SLEEP);
        assertThat(map.segment(2, 4, 5)).isEqualTo(RfmSegment.AT_RISK);
        assertThat(map.segment(3, 5, 4)).isEqualTo(RfmSegment.LOYAL);
        assertThat(map.segment(5, 3, 2)).isEqualTo(RfmSegment.POTENTIAL_LOYALIST);
    }

    @Test
    void theShippedMapNamesAllElevenSegments() {
        Set<RfmSegment> reached = EnumSet.noneOf(RfmSegment.class);
        for (int r = 1; r <= 5; r++) {
            for (int f = 1; f <= 5; f++) {
                for (int m = 1; m <= 5; m++) {
                    reached.add(map.segment(r, f, m));
                }
            }
        }
        assertThat(reached).containsExactlyInAnyOrder(RfmSegment.values());
    }
}
