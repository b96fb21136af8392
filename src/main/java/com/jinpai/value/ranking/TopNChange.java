package com.jinpai.value.ranking;

/** One customer entering or leaving the top-N; a rank is null where the customer was not ranked. */
public record TopNChange(String customerId, Kind kind, Integer rankNow, Integer rankBefore) {

    public enum Kind { ENTERED, LEFT }
}
