package com.jinpai.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OwnRowsTests {

    @Test
    void onMySqlAStatementNamesThePrimaryKeyAndItsCustomers() {
        assertThat(OwnRows.sql(true, "star_points", null, "bill_month = ?", 3)).isEqualTo(
                "DELETE x FROM star_points x FORCE INDEX (PRIMARY) WHERE bill_month = ? AND x.customer_id IN (?,?,?)");
        assertThat(OwnRows.sql(true, "tier_history", "effective_to = NULL", "effective_to >= ?", 1)).isEqualTo(
                "UPDATE tier_history x FORCE INDEX (PRIMARY) SET effective_to = NULL WHERE effective_to >= ?"
                        + " AND x.customer_id IN (?)");
    }

    @Test
    void onH2TheStatementsArePlain() {
        assertThat(OwnRows.sql(false, "star_history", null, "evaluated_month >= ?", 2)).isEqualTo(
                "DELETE FROM star_history x WHERE evaluated_month >= ? AND x.customer_id IN (?,?)");
        assertThat(OwnRows.sql(false, "star_history", "effective_to = ?", "effective_to IS NULL", 2)).isEqualTo(
                "UPDATE star_history x SET effective_to = ? WHERE effective_to IS NULL AND x.customer_id IN (?,?)");
    }
}
