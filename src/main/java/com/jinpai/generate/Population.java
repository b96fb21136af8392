package com.jinpai.generate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

import com.jinpai.generate.CustomerProfile.Payer;
import com.jinpai.generate.CustomerProfile.Trend;
import com.jinpai.generate.Seeds.Purpose;
import com.jinpai.value.CustomerStatus;

/**
 * The synthetic customer base: customer {@code i} (1-based) is a pure function of the seed and
 * {@code i}, so each pass over the files regenerates exactly the customers it writes.
 */
final class Population {

    /**
     * Log-normal monthly spend in yuan: median e^3.53 = 34 yuan, about 10% of customers above
     * 150 yuan, 1% above 500 and 0.2% above 1000 (a mobile operator's long tail).
     */
    private static final double LOG_SPEND_MEAN = 3.53;
    private static final double LOG_SPEND_SIGMA = 1.15;
    private static final long MIN_SPEND_FEN = 600;
    private static final long MAX_SPEND_FEN = 3_000_000;

    private static final double JOINED_IN_WINDOW = 0.04;
    private static final double JOINED_RECENTLY = 0.08;
    private static final int RECENT_DAYS = 183;
    private static final int OLDEST_TENURE_DAYS = 15 * 365;
    private static final double CLOSED = 0.03;
    private static final double SUSPENDED = 0.02;
    private static final double DORMANT = 0.04;
    private static final double FADING = 0.03;
    /** Cumulative shares: 6% declining, 5% growing, 3% volatile, the rest stable. */
    private static final double[] TREND_SHARES = {0.06, 0.11, 0.14};
    /** Cumulative shares: 82% reliable, 8% late, 5% partial payers, the rest defaulters. */
    private static final double[] PAYER_SHARES = {0.82, 0.90, 0.95};
    private static final double HANDSET_ON_INSTALMENTS = 0.06;
    private static final double LOYALTY_DISCOUNT = 0.2;

    /**
     * msisdn suffixes are 8 digits, one-to-one with the customer index: two affine steps (multipliers
     * coprime to 10^8) around a digit reversal, so that neighbouring customers get unrelated numbers.
     */
    private static final long MSISDN_SUFFIXES = 100_000_000L;
    private static final long MSISDN_STRIDE = 61_803_399;
    private static final long MSISDN_SHUFFLE = 31_415_927;

    private final long seed;
    private final int size;
    private final int idWidth;
    private final YearMonth firstMonth;
    private final LocalDate windowStart;
    private final LocalDate asOfDate;
    private final long msisdnOffset;
    private final int groups;

    Population(long seed, int size, YearMonth firstMonth, LocalDate asOfDate) {
        this.seed = seed;
        this.size = size;
        this.idWidth = Math.max(7, Integer.toString(size).length());
        this.firstMonth = firstMonth;
        this.windowStart = firstMonth.atDay(1);
        this.asOfDate = asOfDate;
        this.msisdnOffset = Math.floorMod(seed, MSISDN_SUFFIXES);
        this.groups = Math.max(1, size / 200);
    }

    int size() {
        return size;
    }

    /** Fixed width, so byte order of ids is numeric order. */
    String customerId(int index) {
        return "C" + Formats.zeroPadded(index, idWidth);
    }

    /** Whole months from the first closed month to {@code month}. */
    int monthsIn(YearMonth month) {
        return (int) ChronoUnit.MONTHS.between(firstMonth, month);
    }

    CustomerProfile profile(int index) {
        SplittableRandom rng = Seeds.random(seed, index, Purpose.PROFILE, 0);
        long baseFen = Draw.logNormalFen(rng, LOG_SPEND_MEAN, LOG_SPEND_SIGMA, MIN_SPEND_FEN, MAX_SPEND_FEN);

        LocalDate joinDate = joinDate(rng);
        boolean joinedInWindow = !joinDate.isBefore(windowStart);

        CustomerStatus status = CustomerStatus.ACTIVE;
        LocalDate statusDate = null;
        double statusDraw = rng.nextDouble();
        if (!joinedInWindow && statusDraw < CLOSED + SUSPENDED) {
            boolean closed = statusDraw < CLOSED;
            LocalDate from = latest(joinDate.plusDays(30), windowStart.minusDays(closed ? 150 : 60));
            LocalDate to = asOfDate.minusDays(1);
            if (!from.isAfter(to)) {
                status = closed ? CustomerStatus.CLOSED : CustomerStatus.SUSPENDED;
                statusDate = between(rng, from, to);
            }
        }

        double trendDraw = rng.nextDouble();
        Trend trend = trendDraw < TREND_SHARES[0] ? Trend.DECLINING
                : trendDraw < TREND_SHARES[1] ? Trend.GROWING
                : trendDraw < TREND_SHARES[2] ? Trend.VOLATILE
                : Trend.STABLE;
        int trendStart = rng.nextInt(2);
        double planRatio = Draw.uniform(rng, 0.3, 0.6);

        boolean dormant = Draw.chance(rng, DORMANT);
        LocalDate fadeDate = null;
        if (Draw.chance(rng, FADING)) {
            LocalDate from = windowStart.plusDays(20);
            LocalDate to = asOfDate.minusDays(3);
            fadeDate = from.isAfter(to) ? null : between(rng, from, to);
        }
        double activity = Draw.uniform(rng, 0.55, 1.0);

        double voiceWeight = Draw.chance(rng, 0.95) ? Draw.uniform(rng, 0.2, 0.5) : 0;
        double smsWeight = Draw.chance(rng, 0.4) ? Draw.uniform(rng, 0.02, 0.08) : 0;
        double dataWeight = Draw.chance(rng, 0.92) ? Draw.uniform(rng, 0.3, 0.7) : 0;
        boolean roamer = Draw.chance(rng, 0.08);

        long vasFen = Draw.chance(rng, 0.3) ? Draw.pick(rng, Catalog.VAS_FEES_FEN) : 0;

        long instalmentFen = 0;
        YearMonth instalmentFrom = null;
        int instalmentMonths = 0;
        if (Draw.chance(rng, HANDSET_ON_INSTALMENTS)) {
            long priceYuan = Draw.pick(rng, Catalog.HANDSET_PRICES_YUAN);
            instalmentMonths = rng.nextBoolean() ? 12 : 24;
            instalmentFen = (priceYuan * 100 + instalmentMonths / 2) / instalmentMonths;
            instalmentFrom = firstMonth.plusMonths(rng.nextInt(-22, 3));
        }

        boolean discountPlan = Draw.chance(rng, LOYALTY_DISCOUNT);
        double payerDraw = rng.nextDouble();
        Payer payer = payerDraw < PAYER_SHARES[0] ? Payer.RELIABLE
                : payerDraw < PAYER_SHARES[1] ? Payer.LATE
                : payerDraw < PAYER_SHARES[2] ? Payer.PARTIAL
                : Payer.DEFAULTER;

        return new CustomerProfile(index, customerId(index), baseFen, joinDate, status, statusDate, trend,
                trendStart, planRatio, dormant, fadeDate, activity, voiceWeight, smsWeight, dataWeight, roamer,
                vasFen, instalmentFen, instalmentFrom, instalmentMonths, discountPlan, payer);
    }

    /** Who the customer is: only the customers file needs it, so it has its own stream. */
    Identity identity(CustomerProfile profile) {
        SplittableRandom rng = Seeds.random(seed, profile.index(), Purpose.IDENTITY, 0);
        String name = personName(rng);
        String msisdn = Draw.pick(rng, Catalog.MSISDN_PREFIXES)
                + Formats.zeroPadded(msisdnSuffix(profile.index()), 8);
        String region = Catalog.REGIONS[Draw.weighted(rng, Catalog.REGION_WEIGHTS)];

        // Low spenders are more often students, big spenders more often corporate (GROUP) lines on
        // the premium brand: brand and segment reports then differ the way an operator's do.
        long spend = profile.baseFen();
        double typeDraw = rng.nextDouble();
        Identity.Type type;
        if (spend < 6_000) {
            type = typeDraw < 0.12 ? Identity.Type.STUDENT : typeDraw < 0.20 ? Identity.Type.GROUP : Identity.Type.INDIVIDUAL;
        } else {
            type = typeDraw < 0.03 ? Identity.Type.STUDENT : typeDraw < 0.17 ? Identity.Type.GROUP : Identity.Type.INDIVIDUAL;
        }
        String groupId = type == Identity.Type.GROUP ? "G" + Formats.zeroPadded(1 + rng.nextInt(groups), 6) : "";

        double brandDraw = rng.nextDouble();
        String brand;
        if (type == Identity.Type.STUDENT) {
            brand = brandDraw < 0.8 ? Catalog.YOUTH_BRAND : Catalog.BASIC_BRAND;
        } else if (spend >= 15_000) {
            brand = brandDraw < 0.7 ? Catalog.PREMIUM_BRAND : brandDraw < 0.8 ? Catalog.YOUTH_BRAND : Catalog.BASIC_BRAND;
        } else if (spend >= 5_000) {
            brand = brandDraw < 0.35 ? Catalog.PREMIUM_BRAND : brandDraw < 0.65 ? Catalog.YOUTH_BRAND : Catalog.BASIC_BRAND;
        } else {
            brand = brandDraw < 0.1 ? Catalog.PREMIUM_BRAND : brandDraw < 0.5 ? Catalog.YOUTH_BRAND : Catalog.BASIC_BRAND;
        }
        return new Identity(name, msisdn, brand, region, type, groupId);
    }

    private long msisdnSuffix(int index) {
        long spread = (index * MSISDN_STRIDE + msisdnOffset) % MSISDN_SUFFIXES;
        long reversed = 0;
        for (int digit = 0; digit < 8; digit++) {
            reversed = reversed * 10 + spread % 10;
            spread /= 10;
        }
        return (reversed * MSISDN_SHUFFLE + 7) % MSISDN_SUFFIXES;
    }

    static String personName(SplittableRandom rng) {
        // Squaring the uniform draw favours the common surnames at the front of the list.
        double u = rng.nextDouble();
        String surname = Catalog.SURNAMES[(int) (u * u * Catalog.SURNAMES.length)];
        String given = Draw.pick(rng, Catalog.GIVEN_NAME_CHARACTERS);
        if (Draw.chance(rng, 0.65)) { // two-character given names are the commoner
            given += Draw.pick(rng, Catalog.GIVEN_NAME_CHARACTERS);
        }
        return surname + given;
    }

    private LocalDate joinDate(SplittableRandom rng) {
        double draw = rng.nextDouble();
        if (draw < JOINED_IN_WINDOW) {
            return between(rng, windowStart, asOfDate);
        }
        if (draw < JOINED_IN_WINDOW + JOINED_RECENTLY) {
            return windowStart.minusDays(1 + rng.nextInt(RECENT_DAYS));
        }
        return windowStart.minusDays(1 + RECENT_DAYS + rng.nextInt(OLDEST_TENURE_DAYS));
    }

    private static LocalDate between(SplittableRandom rng, LocalDate from, LocalDate to) {
        return from.plusDays(rng.nextLong(ChronoUnit.DAYS.between(from, to) + 1));
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
