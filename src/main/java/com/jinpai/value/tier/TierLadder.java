package com.jinpai.value.tier;

import com.jinpai.value.spend.Fen;

/** The tier an average points to, and whether a tier is VIP. */
public final class TierLadder {

    private final long diamond;
    private final long platinum;
    private final long gold;
    private final long silver;
    private final Tier vipFrom;

    public TierLadder(TierProperties properties) {
        this.diamond = Fen.of(properties.diamond());
        this.platinum = Fen.of(properties.platinum());
        this.gold = Fen.of(properties.gold());
        this.silver = Fen.of(properties.silver());
        this.vipFrom = properties.vipFrom();
    }

    /** The indicated tier of a rounded average in fen; {@link Fen#NONE} (no average) is NEW. */
    public Tier indicated(long averageFen) {
        if (averageFen == Fen.NONE) {
            return Tier.NEW;
        }
        if (averageFen >= diamond) {
            return Tier.DIAMOND;
        }
        if (averageFen >= platinum) {
            return Tier.PLATINUM;
        }
        if (averageFen >= gold) {
            return Tier.GOLD;
        }
        if (averageFen >= silver) {
            return Tier.SILVER;
        }
        return Tier.STANDARD;
    }

    public boolean isVip(Tier tier) {
        return tier.compareTo(vipFrom) >= 0;
    }

    /** A customer is VIP when their tier is, unless their account is CLOSED. */
    public boolean isVip(Tier tier, boolean closedAccount) {
        return isVip(tier) && !closedAccount;
    }
}
