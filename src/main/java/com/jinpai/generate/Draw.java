package com.jinpai.generate;

import java.util.SplittableRandom;

/**
 * Small sampling helpers. Transcendental functions go through {@link StrictMath} so that the same
 * seed gives the same bytes on every JVM and CPU ({@link Math#exp} may differ in the last bit).
 */
final class Draw {

    private Draw() {
    }

    static boolean chance(SplittableRandom rng, double probability) {
        return rng.nextDouble() < probability;
    }

    static double uniform(SplittableRandom rng, double from, double to) {
        return from + (to - from) * rng.nextDouble();
    }

    /** A standard normal value by Box-Muller, on StrictMath. */
    static double gaussian(SplittableRandom rng) {
        double u1 = 1.0 - rng.nextDouble(); // (0, 1]: the logarithm stays finite
        double u2 = rng.nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
    }

    static <T> T pick(SplittableRandom rng, T[] values) {
        return values[rng.nextInt(values.length)];
    }

    static long pick(SplittableRandom rng, long[] values) {
        return values[rng.nextInt(values.length)];
    }

    /** An index drawn in proportion to the weights. */
    static int weighted(SplittableRandom rng, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = rng.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        throw new IllegalStateException("weights must be positive");
    }

    /** Yuan drawn as a double, rounded to whole fen once: the amount itself is never a double. */
    /**
     * A heavy-tailed amount in fen: e^(mean + sigma * N(0,1)) yuan, clamped, rounded to the fen once.
     * The exponential is only a random magnitude; the amount exists as whole fen from here on.
     */
    static long logNormalFen(SplittableRandom rng, double logMean, double logSigma, long minFen, long maxFen) {
        double magnitude = StrictMath.exp(logMean + logSigma * gaussian(rng));
        return fen(Math.min(maxFen / 100.0, Math.max(minFen / 100.0, magnitude)));
    }

    static long fen(double yuan) {
        return Math.round(yuan * 100.0);
    }
}
