package com.jinpai.action.flow;

import java.sql.Date;
import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Open actions whose due date has passed become EXPIRED: one set-based update. */
@Service
class ActionExpiry {

    private final JdbcTemplate jdbc;

    ActionExpiry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return actions expired; an action due on the as-of date itself is still open that day */
    int expire(LocalDate asOf) {
        return jdbc.update("UPDATE vip_action SET status = 'EXPIRED' WHERE status = 'OPEN' AND due_date < ?",
                Date.valueOf(asOf));
    }
}
