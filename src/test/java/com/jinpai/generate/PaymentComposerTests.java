package com.jinpai.generate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import com.jinpai.generate.MonthlyBill.Line;
import com.jinpai.generate.PaymentComposer.Payment;
import com.jinpai.value.CustomerStatus;
import com.jinpai.value.spend.ChargeType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PaymentComposerTests {

    private static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);
    private static final LocalDateTime LATE_AS_OF = LocalDateTime.of(2027, 1, 1, 0, 0);

    private final PaymentComposer payments = new PaymentComposer(1);

    @Test
    void aReliablePayerSettlesTheWholeBillInTheFollowingMonth() {
        MonthlyBill bill = bill(SEPTEMBER, 5_800, -580, 20_829);

        List<Payment> paid = payments.payments(Profiles.steady(LocalDate.of(2015, 1, 1)), bill, LATE_AS_OF);

        assertThat(paid).isNotEmpty();
        assertThat(paid).allSatisfy(payment -> {
            assertThat(YearMonth.from(payment.paidAt())).isEqualTo(SEPTEMBER.plusMonths(1));
            assertThat(payment.paymentId()).startsWith("P202609-C0000007-");
        });
        assertThat(paid.stream().mapToLong(Payment::fen).sum()).isEqualTo(5_800 - 580 + 20_829);
    }

    @Test
    void nothingIsPaidAfterTheExportsWereTaken() {
        MonthlyBill bill = bill(SEPTEMBER, 5_800);
        LocalDateTime asOf = LocalDateTime.of(2026, 10, 1, 0, 0);

        assertThat(payments.payments(Profiles.steady(LocalDate.of(2015, 1, 1)), bill, asOf)).isEmpty();
    }

    @Test
    void theBillsThatGotALineCutOffStayUnpaid() {
        CustomerProfile suspended = Profiles.with(LocalDate.of(2015, 1, 1), CustomerStatus.SUSPENDED, LocalDate.of(2026, 10, 9),
                0, null, 0);

        assertThat(payments.payments(suspended, bill(SEPTEMBER, 5_800), LATE_AS_OF)).isEmpty();
        assertThat(payments.payments(suspended, bill(SEPTEMBER.minusMonths(1), 5_800), LATE_AS_OF)).isNotEmpty();
    }

    @Test
    void aBillThatNetsToNothingNeedsNoPayment() {
        assertThat(payments.payments(Profiles.steady(LocalDate.of(2015, 1, 1)), bill(SEPTEMBER, 500, -500), LATE_AS_OF))
                .isEmpty();
    }

    private static MonthlyBill bill(YearMonth month, long... fen) {
        List<Line> lines = new java.util.ArrayList<>();
        ChargeType[] types = {ChargeType.PLAN, ChargeType.DISCOUNT, ChargeType.EQUIPMENT};
        for (int i = 0; i < fen.length; i++) {
            lines.add(new Line(types[i], fen[i]));
        }
        return new MonthlyBill(month, lines, new long[Service.values().length], null, 0);
    }
}
