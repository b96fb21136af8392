package com.jinpai.generate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;

/** File names and headers of the canonical export layout (SPEC section 2), and the ledger source names. */
final class CanonicalLayout {

    static final String CUSTOMERS = "customers";
    static final String ACCOUNT_MANAGERS = "account-managers";
    static final String BILL_LINES = "bill-lines";
    static final String PAYMENTS = "payments";
    static final String USAGE = "usage";
    static final String COMPLAINTS = "complaints";

    static final String[] CUSTOMER_HEADER = {
        "customer_id", "name", "msisdn", "brand", "region", "customer_type", "group_id", "join_date", "status",
    };
    static final String[] ACCOUNT_MANAGER_HEADER = {"manager_id", "name", "region", "email", "capacity"};
    static final String[] BILL_LINE_HEADER = {"line_id", "customer_id", "bill_month", "charge_type", "amount"};
    static final String[] PAYMENT_HEADER = {"payment_id", "customer_id", "paid_at", "amount", "channel"};
    static final String[] USAGE_HEADER = {"customer_id", "usage_date", "service", "quantity", "unit", "rated_amount"};
    static final String[] COMPLAINT_HEADER = {
        "ticket_id", "customer_id", "opened_at", "first_response_at", "closed_at", "category", "channel",
    };

    private CanonicalLayout() {
    }

    static Path customers(Path out) {
        return out.resolve("customers.csv");
    }

    static Path accountManagers(Path out) {
        return out.resolve("account_managers.csv");
    }

    static Path complaints(Path out) {
        return out.resolve("complaints.csv");
    }

    static Path billLines(Path out, YearMonth month) {
        return out.resolve("billing").resolve("bill_lines_" + month + ".csv");
    }

    static Path payments(Path out, YearMonth month) {
        return out.resolve("payments").resolve("payments_" + month + ".csv");
    }

    static Path usage(Path out, LocalDate day) {
        return out.resolve("usage").resolve("usage_" + day + ".csv");
    }
}
