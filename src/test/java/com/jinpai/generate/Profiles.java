package com.jinpai.generate;

import java.time.LocalDate;
import java.time.YearMonth;

import com.jinpai.generate.CustomerProfile.Payer;
import com.jinpai.generate.CustomerProfile.Trend;
import com.jinpai.value.CustomerStatus;

/** Hand-made customer profiles, so composer tests do not depend on what a seed happens to draw. */
final class Profiles {

    static final YearMonth FIRST_MONTH = YearMonth.of(2026, 8);
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 5);

    private Profiles() {
    }

    static Population population() {
        return new Population(1, 100, FIRST_MONTH, AS_OF);
    }

    /** 100 yuan a month, on a 38-yuan plan (the dearest plan under half of it), steady, no extras. */
    static CustomerProfile steady(LocalDate joinDate) {
        return with(joinDate, CustomerStatus.ACTIVE, null, 0, null, 0);
    }

    static CustomerProfile with(LocalDate joinDate, CustomerStatus status, LocalDate statusDate, long instalmentFen,
            YearMonth instalmentFrom, int instalmentMonths) {
        return new CustomerProfile(7, "C0000007", 10_000, joinDate, status, statusDate, Trend.STABLE, 0, 0.5, false,
                null, 1.0, 0.4, 0.05, 0.5, false, 0, instalmentFen, instalmentFrom, instalmentMonths, false,
                Payer.RELIABLE);
    }
}
