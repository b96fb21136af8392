package com.jinpai.value;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;

import org.h2.api.Trigger;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A trigger that fails the insert of one customer's {@code customer_month} row of one month, so a
 * test can fail one of the connections that write a month while the others go on: a Java trigger on
 * H2 (this class), the same condition in SQL on MariaDB.
 */
public final class FailingInsert implements Trigger {

    private static final String NAME = "test_failing_insert";
    static volatile String customer;
    static volatile String month;

    static void install(JdbcTemplate jdbc, boolean h2) {
        if (h2) {
            jdbc.execute("CREATE TRIGGER " + NAME + " BEFORE INSERT ON customer_month FOR EACH ROW CALL '"
                    + FailingInsert.class.getName() + "'");
        }
        else {
            jdbc.execute("CREATE TRIGGER " + NAME + " BEFORE INSERT ON customer_month FOR EACH ROW BEGIN"
                    + " IF NEW.customer_id = '" + customer + "' AND NEW.bill_month = '" + month + "' THEN"
                    + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'test: this row fails its writer'; END IF; END");
        }
    }

    static void remove(JdbcTemplate jdbc, boolean h2) {
        jdbc.execute("DROP TRIGGER IF EXISTS " + NAME);
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (Arrays.asList(newRow).contains(customer) && Arrays.asList(newRow).contains(month)) {
            throw new SQLException("test: this row fails its writer");
        }
    }
}
