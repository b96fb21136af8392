package com.jinpai.value.star;

/** Which months make up the star year a score sums spend and suspensions over. */
public enum YearBasis {
    /** The calendar year of the evaluated month, January up to that month (at a December rating, the whole year). */
    CALENDAR_YEAR,
    /** The twelve months ending at the evaluated month. */
    TRAILING_12_CLOSED
}
