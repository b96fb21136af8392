package db.migration.common;

import com.jinpai.value.ValueSummaryBackfill;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The value summary (V86) of every month evaluated before it was kept, from the month's
 * customer_month rows by the same code that writes it when a month is evaluated
 * ({@link ValueSummaryBackfill}), so an upgraded database shows the same reports.
 */
public class V87__Value_month_summaries extends BaseJavaMigration {

    @Override
    public void migrate(Context context) {
        ValueSummaryBackfill.missing(new SingleConnectionDataSource(context.getConnection(), true));
    }
}
