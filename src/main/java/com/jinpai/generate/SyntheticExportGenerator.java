package com.jinpai.generate;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import com.jinpai.generate.AccountManagers.Manager;
import com.jinpai.generate.ComplaintComposer.Complaint;
import com.jinpai.generate.GenerateResult.GeneratedFile;
import com.jinpai.generate.MonthlyBill.Line;
import com.jinpai.generate.PaymentComposer.Payment;
import com.jinpai.generate.UsageComposer.Row;

/**
 * Writes a deterministic synthetic set of operator exports in the canonical layout: customers,
 * account managers, complaints, and per closed month its bill lines, the payments against that bill
 * and the last usage days, then the first usage days of the open month.
 *
 * <p>Memory does not grow with the number of customers: each pass streams customers 1..N,
 * regenerating each from the seed, and holds one customer at a time.
 */
public final class SyntheticExportGenerator {

    public GenerateResult generate(GenerateRequest request) throws IOException {
        return generate(request, message -> { });
    }

    /** @param progress receives one line per finished pass, for a command line to print */
    public GenerateResult generate(GenerateRequest request, Consumer<String> progress) throws IOException {
        Run run = new Run(request, progress);
        progress.accept(String.format(Locale.ROOT,
                "Generating %,d customers, closed months %s, open month %s, %d usage day(s) per month, seed %d, into %s",
                request.customers(), request.months(), request.openMonth(), request.usageDays(), request.seed(),
                request.out().toAbsolutePath().normalize()));
        run.customersAndComplaints();
        run.accountManagers();
        for (YearMonth month : request.months()) {
            run.closedMonth(month);
        }
        if (!request.usageDates(request.openMonth()).isEmpty()) {
            run.openMonthUsage();
        }
        return new GenerateResult(run.files);
    }

    /** The state of one generation: the composers, the folder, what has been written. */
    private static final class Run {

        private final GenerateRequest request;
        private final Consumer<String> progress;
        private final Path out;
        private final LocalDateTime asOf;
        private final Population population;
        private final BillComposer bills;
        private final PaymentComposer payments;
        private final UsageComposer usage;
        private final ComplaintComposer complaints;
        private final List<GeneratedFile> files = new ArrayList<>();

        Run(GenerateRequest request, Consumer<String> progress) {
            this.request = request;
            this.progress = progress;
            this.out = request.out();
            this.asOf = request.asOf();
            long seed = request.seed();
            this.population = new Population(seed, request.customers(), request.firstMonth(), asOf.toLocalDate());
            this.bills = new BillComposer(seed, population);
            this.payments = new PaymentComposer(seed);
            this.usage = new UsageComposer(seed);
            this.complaints = new ComplaintComposer(seed, request.firstMonth());
        }

        void customersAndComplaints() throws IOException {
            long started = System.nanoTime();
            try (ExportFile customerFile = new ExportFile(CanonicalLayout.CUSTOMERS, CanonicalLayout.customers(out),
                    CanonicalLayout.CUSTOMER_HEADER);
                    ExportFile complaintFile = new ExportFile(CanonicalLayout.COMPLAINTS, CanonicalLayout.complaints(out),
                            CanonicalLayout.COMPLAINT_HEADER)) {
                for (int index = 1; index <= population.size(); index++) {
                    CustomerProfile customer = population.profile(index);
                    Identity identity = population.identity(customer);
                    customerFile.row(customer.id(), identity.name(), identity.msisdn(), identity.brand(),
                            identity.region(), identity.type().name(), identity.groupId(),
                            Formats.date(customer.joinDate()), customer.status().name());
                    for (Complaint complaint : complaints.complaints(customer, asOf)) {
                        complaintFile.row(complaint.ticketId(), customer.id(), Formats.dateTime(complaint.openedAt()),
                                optional(complaint.firstResponseAt()), optional(complaint.closedAt()),
                                complaint.category(), complaint.channel());
                    }
                }
                finished(started, "customers and complaints", customerFile.finish(), complaintFile.finish());
            }
        }

        void accountManagers() throws IOException {
            long started = System.nanoTime();
            try (ExportFile file = new ExportFile(CanonicalLayout.ACCOUNT_MANAGERS, CanonicalLayout.accountManagers(out),
                    CanonicalLayout.ACCOUNT_MANAGER_HEADER)) {
                for (Manager manager : AccountManagers.roster(request.seed(), request.customers())) {
                    file.row(manager.managerId(), manager.name(), manager.region(), manager.email(), manager.capacity());
                }
                finished(started, "account managers", file.finish());
            }
        }

        /** One pass: the month's bill lines, the payments against its bill, its usage days. */
        void closedMonth(YearMonth month) throws IOException {
            long started = System.nanoTime();
            List<LocalDate> days = request.usageDates(month);
            String linePrefix = "L" + Formats.compactMonth(month) + "-";
            String billMonth = month.toString();
            try (ExportFile lineFile = new ExportFile(CanonicalLayout.BILL_LINES, CanonicalLayout.billLines(out, month),
                    CanonicalLayout.BILL_LINE_HEADER);
                    ExportFile paymentFile = new ExportFile(CanonicalLayout.PAYMENTS, CanonicalLayout.payments(out, month),
                            CanonicalLayout.PAYMENT_HEADER);
                    UsageFiles usageFiles = new UsageFiles(days)) {
                for (int index = 1; index <= population.size(); index++) {
                    CustomerProfile customer = population.profile(index);
                    MonthlyBill bill = bills.compose(customer, month);
                    int sequence = 0;
                    for (Line line : bill.lines()) {
                        sequence++;
                        lineFile.row(linePrefix + customer.id() + "-" + Formats.zeroPadded(sequence, 2), customer.id(),
                                billMonth, line.type().name(), Formats.yuan(line.fen()));
                    }
                    for (Payment payment : payments.payments(customer, bill, asOf)) {
                        paymentFile.row(payment.paymentId(), customer.id(), Formats.dateTime(payment.paidAt()),
                                Formats.yuan(payment.fen()), payment.channel());
                    }
                    writeUsage(customer, bill, days, false, usageFiles);
                }
                List<GeneratedFile> written = new ArrayList<>();
                written.add(lineFile.finish());
                written.add(paymentFile.finish());
                written.addAll(usageFiles.finish());
                finished(started, "closed month " + month, written.toArray(GeneratedFile[]::new));
            }
        }

        /** The open month has no bill yet, only its first usage days. */
        void openMonthUsage() throws IOException {
            long started = System.nanoTime();
            YearMonth month = request.openMonth();
            List<LocalDate> days = request.usageDates(month);
            try (UsageFiles usageFiles = new UsageFiles(days)) {
                for (int index = 1; index <= population.size(); index++) {
                    CustomerProfile customer = population.profile(index);
                    writeUsage(customer, bills.compose(customer, month), days, true, usageFiles);
                }
                finished(started, "open month " + month + " usage", usageFiles.finish().toArray(GeneratedFile[]::new));
            }
        }

        private void writeUsage(CustomerProfile customer, MonthlyBill bill, List<LocalDate> days, boolean openMonth,
                UsageFiles usageFiles) throws IOException {
            for (int i = 0; i < days.size(); i++) {
                LocalDate day = days.get(i);
                String date = null;
                for (Row row : usage.usage(customer, bill, day, openMonth, i, days.size())) {
                    if (date == null) {
                        date = Formats.date(day);
                    }
                    usageFiles.day(i).row(customer.id(), date, row.service().name(), row.quantity(),
                            row.service().unit(), Formats.yuan(row.ratedFen()));
                }
            }
        }

        private void finished(long startedNanos, String pass, GeneratedFile... written) {
            long rows = 0;
            long bytes = 0;
            for (GeneratedFile file : written) {
                files.add(file);
                rows += file.rows();
                bytes += file.bytes();
            }
            progress.accept(String.format(Locale.ROOT, "%s: %d file(s), %,d rows, %,d bytes in %.1f s", pass,
                    written.length, rows, bytes, (System.nanoTime() - startedNanos) / 1e9));
        }

        private static String optional(LocalDateTime time) {
            return time == null ? "" : Formats.dateTime(time);
        }

        /** One usage file per day of a pass; unfinished ones are abandoned if the pass fails. */
        private final class UsageFiles implements Closeable {

            private final List<ExportFile> files = new ArrayList<>();

            UsageFiles(List<LocalDate> days) throws IOException {
                try {
                    for (LocalDate day : days) {
                        files.add(new ExportFile(CanonicalLayout.USAGE, CanonicalLayout.usage(out, day),
                                CanonicalLayout.USAGE_HEADER));
                    }
                } catch (IOException e) {
                    close();
                    throw e;
                }
            }

            ExportFile day(int index) {
                return files.get(index);
            }

            List<GeneratedFile> finish() throws IOException {
                List<GeneratedFile> written = new ArrayList<>(files.size());
                for (ExportFile file : files) {
                    written.add(file.finish());
                }
                return written;
            }

            @Override
            public void close() throws IOException {
                IOException failure = null;
                for (ExportFile file : files) {
                    try {
                        file.close();
                    } catch (IOException e) {
                        failure = failure == null ? e : failure;
                    }
                }
                if (failure != null) {
                    throw failure;
                }
            }
        }
    }
}
