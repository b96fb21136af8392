package com.jinpai.schedule;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What happens to a run whose fire time passed while no scheduler was up. */
public enum MisfirePolicy {

    /** Fire once as soon as a scheduler starts, however many fire times were missed. */
    FIRE_ONCE("fire-once"),
    /** Skip the missed runs and wait for the next fire time; an admin runs the month by hand. */
    DO_NOTHING("do-nothing");

    private final String key;

    MisfirePolicy(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    static MisfirePolicy of(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.key.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + text + "' is not a misfire policy; use "
                        + Arrays.stream(values()).map(MisfirePolicy::key).collect(Collectors.joining(" or "))));
    }
}
