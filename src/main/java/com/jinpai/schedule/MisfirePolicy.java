package com.jinpai.schedule;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.quartz.CronTrigger;

/** What happens to a run whose fire time passed while no scheduler was up. */
public enum MisfirePolicy {

    /** Fire once as soon as a scheduler starts, however many fire times were missed. */
    FIRE_ONCE("fire-once", CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW),
    /** Skip the missed runs and wait for the next fire time; an admin runs the month by hand. */
    DO_NOTHING("do-nothing", CronTrigger.MISFIRE_INSTRUCTION_DO_NOTHING);

    private final String key;
    private final int quartzInstruction;

    MisfirePolicy(String key, int quartzInstruction) {
        this.key = key;
        this.quartzInstruction = quartzInstruction;
    }

    public String key() {
        return key;
    }

    int quartzInstruction() {
        return quartzInstruction;
    }

    static MisfirePolicy of(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.key.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + text + "' is not a misfire policy; use "
                        + Arrays.stream(values()).map(MisfirePolicy::key).collect(Collectors.joining(" or "))));
    }

    static MisfirePolicy ofQuartz(int instruction) {
        return Arrays.stream(values()).filter(p -> p.quartzInstruction == instruction).findFirst().orElse(null);
    }
}
