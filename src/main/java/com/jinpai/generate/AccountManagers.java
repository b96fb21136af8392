package com.jinpai.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import com.jinpai.generate.Seeds.Purpose;

/**
 * The account-manager roster: every region has at least one manager, more go to the bigger regions,
 * about 40 at a million customers. Most can take 200 VIPs; every fourth takes fewer, so that some
 * region runs out of capacity and VIPs are left unassigned, and every ninth leaves capacity empty
 * so that the default applies.
 */
final class AccountManagers {

    record Manager(String managerId, String name, String region, String email, String capacity) {
    }

    static final int FULL_CAPACITY = 200;
    private static final int MAX_MANAGERS = 40;
    private static final int CUSTOMERS_PER_MANAGER = 25_000;
    private static final int[] REDUCED_CAPACITIES = {60, 100, 150};
    /** At small scale a reduced manager takes one VIP per thousand customers, at least two. */
    private static final int CUSTOMERS_PER_REDUCED_SLOT = 1_000;
    private static final int MIN_REDUCED_CAPACITY = 2;

    private AccountManagers() {
    }

    static List<Manager> roster(long seed, int customers) {
        int regions = Catalog.REGIONS.length;
        int count = Math.max(regions, Math.min(MAX_MANAGERS, Math.round(customers / (float) CUSTOMERS_PER_MANAGER)));
        int[] perRegion = allocate(count);
        List<Manager> managers = new ArrayList<>(count);
        int number = 0;
        for (int region = 0; region < regions; region++) {
            for (int i = 0; i < perRegion[region]; i++) {
                number++;
                String id = "M" + Formats.zeroPadded(number, 3);
                SplittableRandom rng = Seeds.random(seed, number, Purpose.MANAGER, 0);
                String email = id.toLowerCase(Locale.ROOT) + "." + Catalog.REGION_CODES[region] + "@operator.example";
                managers.add(new Manager(id, Population.personName(rng), Catalog.REGIONS[region], email,
                        capacity(number, customers)));
            }
        }
        return managers;
    }

    private static String capacity(int number, int customers) {
        if (number % 4 == 0) {
            int reduced = REDUCED_CAPACITIES[(number / 4 - 1) % REDUCED_CAPACITIES.length];
            return Integer.toString(Math.min(reduced, Math.max(MIN_REDUCED_CAPACITY, customers / CUSTOMERS_PER_REDUCED_SLOT)));
        }
        return number % 9 == 0 ? "" : Integer.toString(FULL_CAPACITY);
    }

    /** One manager per region, the rest by highest average (D'Hondt) so big regions get more. */
    private static int[] allocate(int count) {
        int[] perRegion = new int[Catalog.REGIONS.length];
        Arrays.fill(perRegion, 1);
        for (int given = perRegion.length; given < count; given++) {
            int best = 0;
            for (int region = 1; region < perRegion.length; region++) {
                if (Catalog.REGION_WEIGHTS[region] * (perRegion[best] + 1L)
                        > Catalog.REGION_WEIGHTS[best] * (perRegion[region] + 1L)) {
                    best = region;
                }
            }
            perRegion[best]++;
        }
        return perRegion;
    }
}
