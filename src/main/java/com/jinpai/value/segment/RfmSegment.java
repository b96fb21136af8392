package com.jinpai.value.segment;

/** The eleven named RFM segments. The stored code is the constant name. */
public enum RfmSegment {
    CHAMPIONS("Champions"),
    LOYAL("Loyal"),
    POTENTIAL_LOYALIST("Potential Loyalist"),
    NEW("New"),
    PROMISING("Promising"),
    NEED_ATTENTION("Need Attention"),
    ABOUT_TO_SLEEP("About to Sleep"),
    AT_RISK("At Risk"),
    CANT_LOSE_THEM("Can't Lose Them"),
    HIBERNATING("Hibernating"),
    LOST("Lost");

    private final String label;

    RfmSegment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
