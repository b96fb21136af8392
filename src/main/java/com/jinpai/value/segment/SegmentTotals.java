package com.jinpai.value.segment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.jinpai.value.spend.Fen;

/**
 * Customers and revenue (month spend) per segment of each dimension, and each segment's share
 * of the month's revenue (HALF_UP to 4 decimals; 0 when the month's revenue is 0). Every
 * customer row of the month is counted once in every dimension; a missing value (no region, no
 * RFM score for a CLOSED customer) is the segment {@link #NONE}.
 */
public final class SegmentTotals {

    public static final String NONE = "NONE";
    private static final int SHARE_SCALE = 4;

    public enum Dimension { TIER, REGION, BRAND, RFM_SEGMENT, TREND, STAR }

    private final Map<Dimension, Map<String, long[]>> totals = new EnumMap<>(Dimension.class);

    public void add(Dimension dimension, String segment, long revenueFen) {
        long[] total = totals.computeIfAbsent(dimension, d -> new TreeMap<>())
                .computeIfAbsent(segment == null ? NONE : segment, s -> new long[2]);
        total[0]++;
        total[1] = Fen.add(total[1], revenueFen);
    }

    /** Rows by dimension, then segment name. */
    public List<SegmentRow> rows() {
        List<SegmentRow> rows = new ArrayList<>();
        totals.forEach((dimension, segments) -> {
            long revenue = segments.values().stream().mapToLong(total -> total[1]).sum();
            segments.forEach((segment, total) -> rows.add(new SegmentRow(dimension, segment, total[0],
                    Fen.yuan(total[1]), share(total[1], revenue))));
        });
        return rows;
    }

    private static BigDecimal share(long part, long whole) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(SHARE_SCALE);
        }
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), SHARE_SCALE, RoundingMode.HALF_UP);
    }

    public record SegmentRow(Dimension dimension, String segment, long customers, BigDecimal revenue,
            BigDecimal revenueShare) {
    }
}
