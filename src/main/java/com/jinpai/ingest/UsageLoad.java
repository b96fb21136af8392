package com.jinpai.ingest;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.jinpai.system.jdbc.BulkInsert;
import com.jinpai.value.CustomerBuckets;
import com.jinpai.value.spend.UsageService;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A usage file's rows, summed as they are read into one {@code usage_day} row per day and
 * customer: the rated amount of each service in ten-thousandths of a yuan, which services the row
 * holds, and whether any of them has a positive quantity. The first row of a customer, day and
 * service counts, within the file and across files: at the end, a service that another current
 * file already holds for that customer and day is left out of this file's row. Memory: one entry
 * per customer and day of the file (a daily export: one per customer that used the network). Each
 * row carries its customer's bucket ({@link CustomerBuckets}), by which a month partition reads it.
 */
final class UsageLoad {

    static final String TABLE = "usage_day";
    private static final List<String> COLUMNS = List.of("usage_date", "customer_id", "file_id", "voice_rated",
            "sms_rated", "data_rated", "roaming_rated", "services", "active", Layout.BUCKET_COLUMN);
    private static final int SERVICES = UsageService.values().length;
    /** Day, then customer id: the table's key order. Spelled out, without the boxing comparator chains. */
    private static final Comparator<Map.Entry<Key, Day>> BY_KEY = (a, b) -> {
        int byDay = Long.compare(a.getKey().day(), b.getKey().day());
        return byDay != 0 ? byDay : a.getKey().customer().compareTo(b.getKey().customer());
    };

    private final JdbcTemplate jdbc;
    private final long fileId;
    private final Map<Key, Day> days = new HashMap<>();
    private final int customerId;
    private final int usageDate;
    private final int service;
    private final int quantity;
    private final int rated;
    private long firstDay = Long.MAX_VALUE;
    private long lastDay = Long.MIN_VALUE;

    UsageLoad(JdbcTemplate jdbc, long fileId) {
        this.jdbc = jdbc;
        this.fileId = fileId;
        Layout layout = Layout.of(Source.USAGE);
        this.customerId = layout.indexOf("customer_id");
        this.usageDate = layout.indexOf("usage_date");
        this.service = layout.indexOf("service");
        this.quantity = layout.indexOf("quantity");
        this.rated = layout.indexOf("rated_amount");
    }

    /** Takes a batch's good rows; a customer, day and service seen before in the file is a duplicate. */
    void add(Batch batch) {
        for (Object[] row : batch.rows()) {
            long day = ((LocalDate) row[usageDate]).toEpochDay();
            Day cells = days.computeIfAbsent(new Key(day, (String) row[customerId]), key -> new Day());
            int which = UsageService.valueOf((String) row[service]).ordinal();
            int bit = 1 << which;
            if ((cells.services & bit) != 0) {
                continue;
            }
            cells.services |= bit;
            cells.rated[which] = ((BigDecimal) row[rated]).movePointRight(4).longValueExact();
            if (((BigDecimal) row[quantity]).signum() > 0) {
                cells.active |= bit;
            }
            firstDay = Math.min(firstDay, day);
            lastDay = Math.max(lastDay, day);
        }
    }

    /**
     * Leaves out what other current files already hold for the file's days, writes the rest and
     * returns how many rows of the file count (a customer, day and service each).
     */
    long finish() {
        if (days.isEmpty()) {
            return 0;
        }
        jdbc.query("SELECT usage_date, customer_id, services FROM " + TABLE + " WHERE usage_date >= ?"
                + " AND usage_date <= ? AND file_id <> ?", rs -> {
                    Day cells = days.get(new Key(rs.getObject(1, LocalDate.class).toEpochDay(), rs.getString(2)));
                    if (cells != null) {
                        cells.drop(rs.getInt(3));
                    }
                }, Date.valueOf(LocalDate.ofEpochDay(firstDay)), Date.valueOf(LocalDate.ofEpochDay(lastDay)), fileId);
        List<Map.Entry<Key, Day>> rows = new ArrayList<>(days.size());
        long counted = 0;
        for (Map.Entry<Key, Day> entry : days.entrySet()) {
            if (entry.getValue().services != 0) {
                rows.add(entry);
                counted += Integer.bitCount(entry.getValue().services);
            }
        }
        rows.sort(BY_KEY);
        jdbc.execute((ConnectionCallback<Integer>) connection -> BulkInsert.insert(connection, TABLE, COLUMNS,
                rows.size(), (index, values) -> {
                    Map.Entry<Key, Day> entry = rows.get(index);
                    Day cells = entry.getValue();
                    values[0] = LocalDate.ofEpochDay(entry.getKey().day());
                    values[1] = entry.getKey().customer();
                    values[2] = fileId;
                    for (int s = 0; s < SERVICES; s++) {
                        values[3 + s] = cells.rated[s];
                    }
                    values[3 + SERVICES] = cells.services;
                    values[4 + SERVICES] = (cells.active & cells.services) != 0;
                    values[5 + SERVICES] = CustomerBuckets.of(entry.getKey().customer());
                }));
        days.clear();
        return counted;
    }

    private record Key(long day, String customer) {
    }

    /** One customer's day in the file: the rated amount per service (by ordinal) and bit masks of services. */
    private static final class Day {

        final long[] rated = new long[SERVICES];
        int services;
        int active;

        /** Leaves out the services another file holds already. */
        void drop(int held) {
            for (int s = 0; s < SERVICES; s++) {
                if ((held & services & (1 << s)) != 0) {
                    rated[s] = 0;
                }
            }
            services &= ~held;
            active &= ~held;
        }
    }
}
