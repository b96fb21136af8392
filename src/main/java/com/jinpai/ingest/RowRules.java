package com.jinpai.ingest;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import com.jinpai.ingest.RowRule.Problem;
import com.jinpai.value.spend.ChargeType;
import com.jinpai.value.spend.UsageService;
import org.jspecify.annotations.Nullable;

/**
 * Checks that need more than one field. What a row must satisfy beyond its single fields:
 * <ul>
 * <li>bill lines: DISCOUNT and REFUND are credits, so their amount is negative or zero; ADJUSTMENT
 * may go either way; every other charge type is a charge, so zero or positive. A flipped sign
 * would silently move spend in the wrong direction.</li>
 * <li>usage: quantity and rated amount are not negative; the unit, when given, fits the service
 * (VOICE in MIN, SMS in MSG, DATA in MB; ROAMING may be any of them).</li>
 * <li>complaints: the first response and the closing time are not before the opening time (the
 * 48-hour escalation rule measures from the opening).</li>
 * </ul>
 * Payments carry no sign rule: a reversal arrives as a negative payment and must reduce what was paid.
 */
final class RowRules {

    private RowRules() {
    }

    static @Nullable Problem billLine(Row row) {
        ChargeType type = ChargeType.named(row.text("charge_type"));
        ChargeType.Sign sign = type == null ? ChargeType.Sign.EITHER : type.sign();
        BigDecimal amount = row.decimal("amount");
        if (sign == ChargeType.Sign.CREDIT && amount.signum() > 0) {
            return new Problem("amount", "positive, but DISCOUNT and REFUND lines are credits: negative or zero"
                    + " (check the sign convention of the export)");
        }
        if (sign == ChargeType.Sign.CHARGE && amount.signum() < 0) {
            return new Problem("amount", "negative, but only DISCOUNT, REFUND and ADJUSTMENT lines may be credits");
        }
        return null;
    }

    static @Nullable Problem usage(Row row) {
        if (row.decimal("quantity").signum() < 0) {
            return new Problem("quantity", "must not be negative");
        }
        if (row.decimal("rated_amount").signum() < 0) {
            return new Problem("rated_amount", "must not be negative");
        }
        String unit = row.text("unit");
        UsageService service = UsageService.named(row.text("service"));
        String expected = service == null ? null : service.unit();
        if (unit != null && expected != null && !expected.equals(unit)) {
            return new Problem("unit", row.text("service") + " usage is measured in " + expected);
        }
        return null;
    }

    static @Nullable Problem complaint(Row row) {
        LocalDateTime opened = row.dateTime("opened_at");
        for (String field : new String[] {"first_response_at", "closed_at"}) {
            LocalDateTime at = row.dateTime(field);
            if (at != null && at.isBefore(opened)) {
                return new Problem(field, "before opened_at");
            }
        }
        return null;
    }
}
