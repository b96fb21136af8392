package com.jinpai.report;

import java.awt.Color;
import java.awt.Paint;

import org.jfree.chart.renderer.PaintScale;

/**
 * White to deep red on a log scale: most customers stay in their tier, so on a linear scale the
 * diagonal would be the only coloured cells and the moves worth seeing would be white.
 */
final class HeatScale implements PaintScale {

    private static final Color LOW = Color.WHITE;
    private static final Color HIGH = new Color(0xB2, 0x18, 0x2B);
    /** Above this intensity a cell is dark enough to need white text. */
    static final double DARK = 0.6;

    private final double max;

    HeatScale(double max) {
        this.max = Math.max(max, 1);
    }

    @Override
    public double getLowerBound() {
        return 0;
    }

    @Override
    public double getUpperBound() {
        return max;
    }

    @Override
    public Paint getPaint(double value) {
        double t = intensity(value);
        return new Color(mix(LOW.getRed(), HIGH.getRed(), t), mix(LOW.getGreen(), HIGH.getGreen(), t),
                mix(LOW.getBlue(), HIGH.getBlue(), t));
    }

    double intensity(double value) {
        if (value <= 0) {
            return 0;
        }
        return Math.min(1, Math.log1p(value) / Math.log1p(max));
    }

    private static int mix(int from, int to, double t) {
        return (int) Math.round(from + (to - from) * t);
    }
}
