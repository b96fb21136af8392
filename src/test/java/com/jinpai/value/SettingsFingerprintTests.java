package com.jinpai.value;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.jinpai.value.ranking.RankingProperties;
import com.jinpai.value.segment.RfmProperties;
import com.jinpai.value.segment.RfmSegment;
import com.jinpai.value.segment.TrendProperties;
import com.jinpai.value.spend.ArrearsProperties;
import com.jinpai.value.spend.ChargeType;
import com.jinpai.value.spend.SpendProperties;
import com.jinpai.value.star.ShippedStars;
import com.jinpai.value.star.StarProperties;
import com.jinpai.value.tier.Tier;
import com.jinpai.value.tier.TierProperties;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settings digest that decides re-evaluation covers every setting of every value settings
 * record: each component is changed in turn, by reflection, so a setting added to a record is
 * tested the day it is added.
 */
class SettingsFingerprintTests {

    static List<Record> defaults() {
        List<RfmSegment> row = List.of(RfmSegment.LOST, RfmSegment.HIBERNATING, RfmSegment.AT_RISK,
                RfmSegment.CANT_LOSE_THEM, RfmSegment.CANT_LOSE_THEM);
        return List.of(new SpendProperties(EnumSet.of(ChargeType.EQUIPMENT), 3),
                new TierProperties(new BigDecimal("1000.00"), new BigDecimal("500.00"), new BigDecimal("150.00"),
                        new BigDecimal("50.00"), Tier.GOLD, 2),
                new RankingProperties(100),
                new RfmProperties(new RfmProperties.Grid(row, row, row, row, row)),
                new TrendProperties(new BigDecimal("1.20"), new BigDecimal("0.70"), 3, 30),
                new ArrearsProperties(20));
    }

    @Test
    void changingAnySettingChangesTheFingerprint() throws Exception {
        List<Record> settings = defaults();
        String original = SettingsFingerprint.of(settings);
        int checked = 0;
        for (int r = 0; r < settings.size(); r++) {
            for (Record variant : variants(settings.get(r))) {
                List<Record> changed = new ArrayList<>(settings);
                changed.set(r, variant);
                assertThat(SettingsFingerprint.of(changed)).as(variant.toString()).isNotEqualTo(original);
                checked++;
            }
        }
        // spend 2, tiers 6, ranking 1, rfm 1 (its grid, one row changed), trend 4, arrears 1
        assertThat(checked).isEqualTo(15);
    }

    @Test
    void equalSettingsWrittenDifferentlyGiveTheSameFingerprint() {
        List<Record> settings = new ArrayList<>(defaults());
        settings.set(1, new TierProperties(new BigDecimal("1000"), new BigDecimal("500.0"), new BigDecimal("150"),
                new BigDecimal("50.000"), Tier.GOLD, 2));
        settings.set(0, new SpendProperties(new HashSet<>(List.of(ChargeType.EQUIPMENT)), 3));
        assertThat(SettingsFingerprint.of(settings)).isEqualTo(SettingsFingerprint.of(defaults()));
    }

    @Test
    void theRulesDigestIsTheFingerprintOfTheirSettings() {
        List<Record> d = defaults();
        ValueRules rules = new ValueRules((SpendProperties) d.get(0), (TierProperties) d.get(1),
                (RankingProperties) d.get(2), (RfmProperties) d.get(3), (TrendProperties) d.get(4),
                (ArrearsProperties) d.get(5), ShippedStars.properties());
        List<Record> all = new ArrayList<>(d);
        all.add(ShippedStars.properties());
        assertThat(rules.digest()).isEqualTo(SettingsFingerprint.of(all)).contains("TierProperties{", "grace=2",
                "StarProperties{", "ratingMonth=12");
    }

    /** The star settings are in the digest whole, nested records and lists included. */
    @Test
    void changingAStarSettingChangesTheFingerprint() {
        StarProperties s = ShippedStars.properties();
        String original = SettingsFingerprint.of(List.of(s));
        List<StarProperties.Level> levels = new ArrayList<>(s.levels());
        StarProperties.Level one = levels.get(0);
        levels.set(0, new StarProperties.Level(one.name(), one.label(), one.minScore() + 1, one.pointsMultiplier(),
                one.creditLimit()));
        StarProperties.Exclusions e = s.exclusions();
        List<StarProperties> variants = List.of(
                new StarProperties(1, s.yearBasis(), s.tenureBands(), s.pointsPerYuan(), s.pointsRounding(),
                        s.suspension(), s.levels(), s.nearStarBand(), e, s.loyaltyPointsPerYuan()),
                new StarProperties(s.ratingMonth(), s.yearBasis(), s.tenureBands(), s.pointsPerYuan(),
                        s.pointsRounding(), s.suspension(), levels, s.nearStarBand(), e, s.loyaltyPointsPerYuan()),
                new StarProperties(s.ratingMonth(), s.yearBasis(), s.tenureBands(), s.pointsPerYuan(),
                        s.pointsRounding(), s.suspension(), s.levels(), s.nearStarBand(),
                        new StarProperties.Exclusions(e.minTenureMonths(), e.ratedStatuses(), Set.of(),
                                e.blocklistDaysAfterDue()), s.loyaltyPointsPerYuan()),
                new StarProperties(s.ratingMonth(), s.yearBasis(), s.tenureBands(), s.pointsPerYuan(),
                        s.pointsRounding(), new StarProperties.Suspension(s.suspension().daysAfterDue() + 1,
                                s.suspension().penalty(), s.suspension().penaltyCap()), s.levels(), s.nearStarBand(),
                        e, s.loyaltyPointsPerYuan()));
        for (StarProperties variant : variants) {
            assertThat(SettingsFingerprint.of(List.of(variant))).isNotEqualTo(original);
        }
    }

    /** One copy of the record per component, with that component (and only it) changed. */
    private static List<Record> variants(Record record) throws Exception {
        RecordComponent[] components = record.getClass().getRecordComponents();
        List<Record> variants = new ArrayList<>();
        for (int c = 0; c < components.length; c++) {
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = components[i].getAccessor().invoke(record);
            }
            values[c] = changed(values[c], components[c].getGenericType());
            variants.add(construct(record.getClass(), components, values));
        }
        return variants;
    }

    private static Object changed(Object value, Type type) throws Exception {
        if (value instanceof Integer n) {
            return n + 1;
        }
        if (value instanceof BigDecimal n) {
            return n.add(BigDecimal.ONE);
        }
        if (value instanceof Enum<?> e) {
            Object[] constants = e.getDeclaringClass().getEnumConstants();
            return constants[(e.ordinal() + 1) % constants.length];
        }
        if (value instanceof Set<?> set) {
            Class<?> element = (Class<?>) ((ParameterizedType) type).getActualTypeArguments()[0];
            Set<Object> other = new HashSet<>(set);
            Object first = element.getEnumConstants()[0];
            if (!other.remove(first)) {
                other.add(first);
            }
            return other;
        }
        if (value instanceof List<?> list) {
            List<Object> other = new ArrayList<>(list);
            Collections.reverse(other);
            if (other.equals(list)) {
                other.set(0, changed(list.get(0), Object.class));
            }
            return other;
        }
        if (value instanceof Record nested) {
            return variants(nested).get(0);
        }
        throw new AssertionError("no way to change a setting of type " + type + "; teach this test one");
    }

    private static Record construct(Class<?> type, RecordComponent[] components, Object[] values) throws Exception {
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        Constructor<?> constructor = type.getDeclaredConstructor(types);
        constructor.setAccessible(true);
        return (Record) constructor.newInstance(values);
    }
}
