package com.jinpai.generate;

import java.time.YearMonth;
import java.util.SplittableRandom;

/**
 * One independent random stream per (seed, customer, purpose, key). Because nothing is drawn from a
 * shared generator, any customer's month can be regenerated on its own, in any order, by any pass.
 */
final class Seeds {

    /** What a stream is for. Codes are fixed so that reordering the constants changes no output. */
    enum Purpose {
        PROFILE(1), IDENTITY(2), BILL(3), PAYMENT(4), USAGE(5), COMPLAINT(6), MANAGER(7);

        private final long code;

        Purpose(long code) {
            this.code = code;
        }
    }

    private Seeds() {
    }

    /** @param key the month (year * 12 + month), the day (epoch day) or 0 */
    static SplittableRandom random(long seed, long customer, Purpose purpose, long key) {
        long h = mix(seed ^ 0x6A09E667F3BCC909L);
        h = mix(h + customer * 0x9E3779B97F4A7C15L);
        h = mix(h + purpose.code * 0xC2B2AE3D27D4EB4FL);
        h = mix(h + key * 0x165667B19E3779F9L);
        return new SplittableRandom(h);
    }

    static long monthKey(YearMonth month) {
        return month.getYear() * 12L + month.getMonthValue();
    }

    /** Stafford's variant 13 of the MurmurHash3 finaliser: neighbouring inputs give unrelated outputs. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
