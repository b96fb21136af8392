package com.jinpai.report;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The report header's inputs fragment: the as-of date the month's latest run judged its inputs on,
 * each source's coverage and every warning (and error) it found, from {@code input_check}.
 *
 * @param asOf null when no run of the month has judged its inputs
 */
record InputsHeader(@Nullable String asOf, @Nullable String judgedOn, @Nullable String level, List<Source> sources,
        List<String> findings) {

    record Source(String source, String level, @Nullable String newestFile, @Nullable String newestData,
            @Nullable Long ageDays, @Nullable Long rows, @Nullable Long usualRows) {
    }

    static InputsHeader none() {
        return new InputsHeader(null, null, null, List.of(), List.of());
    }
}
