package com.jinpai.ingest;

import java.math.BigDecimal;

import com.jinpai.value.spend.ChargeType;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the bill lines of the tests add up to in {@code bill_total}, in yuan. */
final class BillTotalsQuery {

    private BillTotalsQuery() {
    }

    static BigDecimal sum(JdbcTemplate jdbc, String where) {
        StringBuilder sum = new StringBuilder();
        for (ChargeType type : ChargeType.values()) {
            sum.append(sum.length() == 0 ? "" : " + ").append(BillTotals.column(type));
        }
        Long fen = jdbc.queryForObject("SELECT COALESCE(SUM(" + sum + "), 0) FROM bill_total WHERE " + where, Long.class);
        return BigDecimal.valueOf(fen == null ? 0 : fen, 2);
    }
}
