package com.jinpai.value;

/**
 * Eight customers over July to October 2024, with every month's figures worked out by hand in
 * {@link ValueFlowsIntegrationTests}. Spend per month (yuan, EQUIPMENT left out):
 *
 * <pre>
 * id   joined      status     region brand   Jul   Aug   Sep   Oct
 * C01  2023-01-10  ACTIVE     EAST   GO      200   200   200   200   (+50 EQUIPMENT each month)
 * C02  2024-08-15  ACTIVE     EAST   GO        -    90   120   120   (joins inside the window)
 * C03  2023-05-01  ACTIVE     WEST   GO      300     0   300   300   (no bill in August)
 * C05  2022-01-01  ACTIVE     WEST   M       600     0     0     0   (dip, dip: downgrade)
 * C06  2022-01-01  ACTIVE     EAST   M       600   300   900     0   (dip, recovery, dip)
 * C07  2022-01-01  SUSPENDED  EAST   M       100  1900  1000  1000   (upgrade at once)
 * C08  2022-01-01  CLOSED     WEST   GO     5000  5000  5000  5000   (never ranked)
 * C09  2022-01-01  ACTIVE     WEST   M       200   200   200   200   (ties with C01, C03, C05)
 * C10  2024-10-03  ACTIVE     EAST   GO        -     -     -    30   (joins in October)
 * </pre>
 */
final class ValueScenario {

    private final ValueFixture fixture;

    ValueScenario(ValueFixture fixture) {
        this.fixture = fixture;
    }

    ValueScenario customers() {
        fixture.customer("C01", "2023-01-10", "ACTIVE", "EAST", "GO")
                .customer("C02", "2024-08-15", "ACTIVE", "EAST", "GO")
                .customer("C03", "2023-05-01", "ACTIVE", "WEST", "GO")
                .customer("C05", "2022-01-01", "ACTIVE", "WEST", "M")
                .customer("C06", "2022-01-01", "ACTIVE", "EAST", "M")
                .customer("C07", "2022-01-01", "SUSPENDED", "EAST", "M")
                .customer("C08", "2022-01-01", "CLOSED", "WEST", "GO")
                .customer("C09", "2022-01-01", "ACTIVE", "WEST", "M")
                .customer("C10", "2024-10-03", "ACTIVE", "EAST", "GO");
        return this;
    }

    /** Bills, usage and payments of July to September, and the three months closed at once. */
    ValueScenario julyToSeptember() {
        for (String month : new String[] {"2024-07", "2024-08", "2024-09"}) {
            fixture.bill("C01", month, "100.00", "100.00").line("C01-" + month + "-EQ", "C01", month, "EQUIPMENT", "50.00");
            fixture.bill("C08", month, "2500.00", "2500.00").bill("C09", month, "100.00", "100.00");
        }
        fixture.bill("C03", "2024-07", "150.00", "150.00").bill("C05", "2024-07", "300.00", "300.00")
                .bill("C06", "2024-07", "300.00", "300.00").bill("C07", "2024-07", "50.00", "50.00");
        fixture.bill("C02", "2024-08", "60.00", "30.00").bill("C06", "2024-08", "150.00", "150.00")
                .bill("C07", "2024-08", "100.00", "1800.00");
        fixture.bill("C02", "2024-09", "60.00", "60.00").bill("C03", "2024-09", "150.00", "150.00")
                .bill("C06", "2024-09", "300.00", "630.00")
                .line("C06-2024-09-DISC", "C06", "2024-09", "DISCOUNT", "-20.00")
                .line("C06-2024-09-REF", "C06", "2024-09", "REFUND", "-10.00")
                .bill("C07", "2024-09", "100.00", "900.00");

        fixture.usage("C03", "2024-08-15", "DATA", "1.0000")
                .usageDays("C01", "2024-09-01", "2024-09-30", "DATA", "0.5000")
                .usageDays("C02", "2024-09-01", "2024-09-10", "DATA", "0.5000")
                .usageDays("C05", "2024-09-25", "2024-09-30", "DATA", "0.5000")
                .usageDays("C06", "2024-09-01", "2024-09-20", "DATA", "0.5000")
                .usage("C07", "2024-09-29", "VOICE", "0.5000")
                .usageDays("C08", "2024-09-01", "2024-09-30", "DATA", "0.5000");

        fixture.payment("P1", "C01", "2024-07-15T10:00:00", "999.00")
                .payment("P2", "C01", "2024-08-10T09:30:00", "250.00")
                .payment("P3", "C01", "2024-09-15T20:00:00", "100.00")
                .payment("P4", "C01", "2024-10-15T08:00:00", "300.00");

        fixture.close("2024-07").close("2024-08").close("2024-09");
        return this;
    }

    /** October's usage so far (for the nightly estimate on 10 October). */
    ValueScenario octoberUsage() {
        fixture.usageDays("C01", "2024-10-01", "2024-10-10", "DATA", "1.2345")
                .usage("C01", "2024-10-03", "VOICE", "0.5000")
                .usage("C10", "2024-10-05", "VOICE", "3.0000");
        return this;
    }

    /** October's bills, and October closed. */
    ValueScenario octoberBills() {
        fixture.bill("C01", "2024-10", "100.00", "100.00").line("C01-2024-10-EQ", "C01", "2024-10", "EQUIPMENT", "50.00")
                .bill("C02", "2024-10", "60.00", "60.00").bill("C03", "2024-10", "150.00", "150.00")
                .bill("C07", "2024-10", "100.00", "900.00").bill("C08", "2024-10", "2500.00", "2500.00")
                .bill("C09", "2024-10", "100.00", "100.00").bill("C10", "2024-10", "30.00", "0.00")
                .close("2024-10");
        return this;
    }
}
