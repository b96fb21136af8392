package com.jinpai.value;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import com.jinpai.value.spend.ChargeType;
import com.jinpai.value.spend.Months;

/**
 * The customers of one month and that month's inputs, by position: the customers joined by the
 * as-of date (plus any billed that month before their join date), their bill breakdown, usage
 * activity and payments, and the earlier months' rows in {@link #history}. A frame of one
 * partition holds only the customers whose bucket is in its {@link #range}: its reads select only
 * the rows of those buckets ({@link BucketSql}).
 */
final class MonthFrame {

    static final int NO_DAY = Integer.MIN_VALUE;

    final YearMonth month;
    final int monthIndex;
    final LocalDate asOf;
    final CustomerBuckets.Range range;
    final Dictionary regions = new Dictionary();
    final Dictionary brands = new Dictionary();
    final Dictionary statuses = new Dictionary();
    /** The customer types, a few values: each customer's entry is the one instance of its value, not a copy per row. */
    private final Dictionary types = new Dictionary();

    int size;
    String[] ids;
    int[] region;
    int[] brand;
    int[] status;
    boolean[] closed;
    int[] joinMonth;
    /** The join date as an epoch day, and the customer type (null: none given), for the star rating. */
    int[] joinDay;
    String[] customerType;
    private Map<String, Integer> positions;

    long[] breakdown;
    int[] activeDays;
    int[] lastUsageDay;
    long[] paid;
    History history;
    /** What the star rating reads besides ({@link StarInputs}). */
    StarFrame stars;

    MonthFrame(YearMonth month, LocalDate asOf, int capacity) {
        this(month, asOf, capacity, CustomerBuckets.Range.ALL);
    }

    MonthFrame(YearMonth month, LocalDate asOf, int capacity, CustomerBuckets.Range range) {
        this.range = range;
        this.month = month;
        this.monthIndex = Months.index(month);
        this.asOf = asOf;
        this.ids = new String[capacity];
        this.region = new int[capacity];
        this.brand = new int[capacity];
        this.status = new int[capacity];
        this.joinMonth = new int[capacity];
        this.joinDay = new int[capacity];
        this.customerType = new String[capacity];
    }

    void addCustomer(String id, String regionName, String brandName, String statusName, LocalDate joinDate,
            String type) {
        if (size == ids.length) {
            grow();
        }
        ids[size] = id;
        region[size] = regions.number(regionName);
        brand[size] = brands.number(brandName);
        status[size] = statuses.number(statusName);
        joinMonth[size] = Months.index(YearMonth.from(joinDate));
        joinDay[size] = (int) joinDate.toEpochDay();
        customerType[size] = types.value(types.number(type));
        size++;
    }

    /** Ends loading customers: trims the arrays and makes room for the month's inputs. */
    void sealCustomers() {
        ids = Arrays.copyOf(ids, size);
        region = Arrays.copyOf(region, size);
        brand = Arrays.copyOf(brand, size);
        status = Arrays.copyOf(status, size);
        joinMonth = Arrays.copyOf(joinMonth, size);
        joinDay = Arrays.copyOf(joinDay, size);
        customerType = Arrays.copyOf(customerType, size);
        closed = new boolean[size];
        for (int i = 0; i < size; i++) {
            closed[i] = CustomerStatus.isClosed(statuses.value(status[i]));
        }
        positions = new HashMap<>(size * 4 / 3 + 1);
        for (int i = 0; i < size; i++) {
            positions.put(ids[i], i);
        }
        breakdown = new long[size * ChargeType.COUNT];
        activeDays = new int[size];
        lastUsageDay = new int[size];
        Arrays.fill(lastUsageDay, NO_DAY);
        paid = new long[size];
    }

    /** The position of a customer, or -1 when the customer is not part of this month. */
    int position(String customerId) {
        Integer position = positions.get(customerId);
        return position == null ? -1 : position;
    }

    private void grow() {
        int capacity = Math.max(16, ids.length * 2);
        ids = Arrays.copyOf(ids, capacity);
        region = Arrays.copyOf(region, capacity);
        brand = Arrays.copyOf(brand, capacity);
        status = Arrays.copyOf(status, capacity);
        joinMonth = Arrays.copyOf(joinMonth, capacity);
        joinDay = Arrays.copyOf(joinDay, capacity);
        customerType = Arrays.copyOf(customerType, capacity);
    }
}
