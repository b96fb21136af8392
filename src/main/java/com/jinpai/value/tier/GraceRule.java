package com.jinpai.value.tier;

/**
 * Tier evaluation, once per closed month in month order (SPEC 7).
 * <ul>
 * <li>First evaluation (no earlier tier, or NEW): the indicated tier applies directly.</li>
 * <li>Indicated higher: applies at once, count back to 0.</li>
 * <li>Indicated equal: tier kept, count back to 0.</li>
 * <li>Indicated lower: count + 1; when it reaches {@code grace} the tier indicated now applies
 *     (count back to 0), otherwise the tier is kept and the customer is in grace. The lower
 *     indications need not name the same tier, only be below the current one.</li>
 * <li>No average (indicated NEW) after a real tier: nothing to evaluate; tier and count kept.</li>
 * </ul>
 */
public final class GraceRule {

    private final int grace;

    public GraceRule(int grace) {
        if (grace < 1) {
            throw new IllegalArgumentException("grace must be at least 1: " + grace);
        }
        this.grace = grace;
    }

    /**
     * @param previous the state after the previous evaluation, or null for the first one
     * @param indicated the tier the average of this evaluation points to
     */
    public TierState evaluate(TierState previous, Tier indicated) {
        if (previous == null || previous.tier() == Tier.NEW) {
            return indicated == Tier.NEW ? TierState.NEW : new TierState(indicated, 0);
        }
        if (indicated == Tier.NEW) {
            return previous;
        }
        if (indicated.compareTo(previous.tier()) >= 0) {
            return new TierState(indicated, 0);
        }
        int lowerCount = previous.lowerCount() + 1;
        return lowerCount >= grace ? new TierState(indicated, 0) : new TierState(previous.tier(), lowerCount);
    }
}
