package com.jinpai.value;

import java.math.BigDecimal;
import java.util.List;

import com.jinpai.value.ParetoCurve.ParetoPoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ParetoCurveTests {

    private static List<ParetoPoint> curve(int points, String... spendsDescending) {
        ParetoCurve curve = new ParetoCurve(spendsDescending.length, points);
        for (String spend : spendsDescending) {
            curve.add(new BigDecimal(spend));
        }
        return curve.points();
    }

    private static ParetoPoint point(String customers, String revenue) {
        return new ParetoPoint(new BigDecimal(customers), new BigDecimal(revenue));
    }

    @Test
    void eachPointHoldsTheRevenueShareOfTheCustomersBeforeIt() {
        // total 1000.00: the top customer earns 60%, the top two 80%, the top four 100%
        List<ParetoPoint> points = curve(4, "600.00", "200.00", "150.00", "50.00");

        assertThat(points).containsExactly(point("0.00", "0.00"), point("25.00", "60.00"), point("50.00", "80.00"),
                point("75.00", "95.00"), point("100.00", "100.00"));
    }

    @Test
    void moreCustomersThanPointsAreBucketedAtTheCeilingOfTheBoundary() {
        // 5 customers into 2 points: the first point after ceil(2.5) = 3 customers
        List<ParetoPoint> points = curve(2, "50.00", "20.00", "10.00", "10.00", "10.00");

        assertThat(points).containsExactly(point("0.00", "0.00"), point("60.00", "80.00"), point("100.00", "100.00"));
    }

    @Test
    void fewerCustomersThanPointsRepeatsACustomerOverSeveralPoints() {
        List<ParetoPoint> points = curve(4, "3.00", "1.00");

        assertThat(points).containsExactly(point("0.00", "0.00"), point("50.00", "75.00"), point("50.00", "75.00"),
                point("100.00", "100.00"), point("100.00", "100.00"));
    }

    @Test
    void shareRoundsHalfUpToTwoDecimals() {
        // 1/3 of the revenue: 33.333... -> 33.33; 2/3 -> 66.67
        List<ParetoPoint> points = curve(3, "1.00", "1.00", "1.00");

        assertThat(points).extracting(ParetoPoint::revenueShare).containsExactly(new BigDecimal("0.00"),
                new BigDecimal("33.33"), new BigDecimal("66.67"), new BigDecimal("100.00"));
    }

    @Test
    void monthWithoutPositiveRevenueStaysFlatAtZero() {
        List<ParetoPoint> points = curve(2, "0.00", "0.00");

        assertThat(points).extracting(ParetoPoint::revenueShare).containsOnly(new BigDecimal("0.00"));
        assertThat(curve(10)).containsExactly(point("0.00", "0.00"));
    }

    @Test
    void revenueShareAtReadsTheFirstPointAtOrPastTheCustomerShare() {
        List<ParetoPoint> points = curve(4, "600.00", "200.00", "150.00", "50.00");

        assertThat(ParetoCurve.revenueShareAt(points, 10)).isEqualByComparingTo("60.00");
        assertThat(ParetoCurve.revenueShareAt(points, 50)).isEqualByComparingTo("80.00");
        assertThat(ParetoCurve.revenueShareAt(points, 51)).isEqualByComparingTo("95.00");
    }

    @Test
    void aMillionCustomersKeepOnlyTheRequestedPoints() {
        int customers = 1_000_000;
        ParetoCurve curve = new ParetoCurve(customers, 100);
        for (int i = customers; i > 0; i--) {
            curve.add(BigDecimal.ONE);
        }

        List<ParetoPoint> points = curve.points();

        assertThat(points).hasSize(101);
        assertThat(points.get(10)).isEqualTo(point("10.00", "10.00"));
        assertThat(points.get(100)).isEqualTo(point("100.00", "100.00"));
    }
}
