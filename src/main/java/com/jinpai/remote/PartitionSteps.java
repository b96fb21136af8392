package com.jinpai.remote;

import java.util.List;

import com.jinpai.ingest.IngestJobConfiguration;
import com.jinpai.value.MonthCloseValueConfiguration;

/**
 * The worker steps that partitions run (their executions are named {@code STEP:PARTITION}): the
 * one list the manager's watch and {@code status} look for.
 */
final class PartitionSteps {

    static final List<String> NAMES = List.of(IngestJobConfiguration.PARTITION_STEP,
            MonthCloseValueConfiguration.PARTITION_STEP);

    private PartitionSteps() {
    }

    /** A SQL condition on {@code STEP_NAME} matching every partition execution: bind {@link #patterns()}. */
    static String condition() {
        return "(" + String.join(" OR ", NAMES.stream().map(name -> "STEP_NAME LIKE ?").toList()) + ")";
    }

    static Object[] patterns() {
        return NAMES.stream().map(name -> name + ":%").toArray();
    }
}
