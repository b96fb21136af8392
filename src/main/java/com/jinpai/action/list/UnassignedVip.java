package com.jinpai.action.list;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** A VIP no manager of its region could take (phone already masked). */
record UnassignedVip(
        @Nullable String region,
        String customerId,
        @Nullable String customerName,
        String maskedPhone,
        @Nullable String tier,
        @Nullable BigDecimal average) {
}
