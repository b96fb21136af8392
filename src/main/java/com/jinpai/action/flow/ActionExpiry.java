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

    /**
     * @param publishDay the day the run's lists are published: an action due that day is still open
     * @return actions expired
     */
    int expire(LocalDate publishDay) {
        return jdbc.update("UPDATE vip_action SET status = 'EXPIRED', closed_on = ? WHERE status = 'OPEN' AND due_date < ?",
                Date.valueOf(publishDay), Date.valueOf(publishDay));
    }
}
