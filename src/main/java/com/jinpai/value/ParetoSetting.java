package com.jinpai.value;

/**
 * How many points of the revenue Pareto curve ({@link ParetoCurve}) a month's summary keeps; the
 * setting belongs to the report that draws the curve, which supplies it.
 */
public interface ParetoSetting {

    /** Points on the curve, at least 2. */
    int paretoPoints();
}
