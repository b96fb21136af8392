package com.jinpai.generate;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import com.jinpai.generate.Seeds.Purpose;
import com.jinpai.value.CustomerStatus;

/**
 * Complaint tickets opened between the first closed month and the moment the exports are taken.
 * Most get a first response within two days; some are answered late, some not at all, and recent
 * ones are more often still waiting, so there are always tickets open for more than 48 hours.
 */
final class ComplaintComposer {

    record Complaint(String ticketId, LocalDateTime openedAt, LocalDateTime firstResponseAt, LocalDateTime closedAt,
            String category, String channel) {
    }

    /** Big spenders call more: they have more to dispute. */
    private static final double COMPLAINT = 0.03;
    private static final double COMPLAINT_BIG_SPENDER = 0.12;
    private static final long BIG_SPENDER_FEN = 15_000;
    private static final double SECOND_TICKET = 0.25;
    private static final Duration RECENT = Duration.ofDays(7);
    private static final double ANSWERED_RECENT = 0.55;
    private static final double ANSWERED_OLD = 0.88;
    private static final double ANSWERED_IN_TIME = 0.85;
    private static final double CLOSED_AFTER_RESPONSE = 0.85;

    private final long seed;
    private final LocalDate windowStart;

    ComplaintComposer(long seed, YearMonth firstMonth) {
        this.seed = seed;
        this.windowStart = firstMonth.atDay(1);
    }

    List<Complaint> complaints(CustomerProfile customer, LocalDateTime asOf) {
        SplittableRandom rng = Seeds.random(seed, customer.index(), Purpose.COMPLAINT, 0);
        double probability = customer.baseFen() >= BIG_SPENDER_FEN ? COMPLAINT_BIG_SPENDER : COMPLAINT;
        if (!Draw.chance(rng, probability)) {
            return List.of();
        }
        LocalDateTime from = (customer.joinDate().isAfter(windowStart) ? customer.joinDate() : windowStart).atStartOfDay();
        LocalDateTime to = customer.status() == CustomerStatus.CLOSED ? customer.statusDate().atStartOfDay() : asOf;
        long seconds = Duration.between(from, to).toSeconds();
        if (seconds <= 0) {
            return List.of();
        }
        int count = Draw.chance(rng, SECOND_TICKET) ? 2 : 1;
        LocalDateTime[] opened = new LocalDateTime[count];
        for (int i = 0; i < count; i++) {
            opened[i] = from.plusSeconds(rng.nextLong(seconds));
        }
        Arrays.sort(opened); // ticket numbers follow the order the tickets were opened in
        List<Complaint> complaints = new ArrayList<>(count);
        for (int ticket = 1; ticket <= count; ticket++) {
            LocalDateTime openedAt = opened[ticket - 1];
            boolean recent = Duration.between(openedAt, asOf).compareTo(RECENT) < 0;
            LocalDateTime firstResponseAt = null;
            if (Draw.chance(rng, recent ? ANSWERED_RECENT : ANSWERED_OLD)) {
                double hours = Draw.chance(rng, ANSWERED_IN_TIME) ? Draw.uniform(rng, 0.2, 40) : Draw.uniform(rng, 48, 120);
                firstResponseAt = notAfter(openedAt.plusSeconds(Math.round(hours * 3600)), asOf);
            }
            LocalDateTime closedAt = null;
            if (firstResponseAt != null && Draw.chance(rng, CLOSED_AFTER_RESPONSE)) {
                closedAt = notAfter(firstResponseAt.plusSeconds(Math.round(Draw.uniform(rng, 1, 240) * 3600)), asOf);
            }
            String category = Catalog.COMPLAINT_CATEGORIES[Draw.weighted(rng, Catalog.COMPLAINT_CATEGORY_WEIGHTS)];
            String channel = Catalog.COMPLAINT_CHANNELS[Draw.weighted(rng, Catalog.COMPLAINT_CHANNEL_WEIGHTS)];
            String ticketId = "T" + Formats.compactMonth(YearMonth.from(openedAt)) + "-" + customer.id() + "-" + ticket;
            complaints.add(new Complaint(ticketId, openedAt, firstResponseAt, closedAt, category, channel));
        }
        return complaints;
    }

    /** What would happen after the exports were taken has not happened yet. */
    private static LocalDateTime notAfter(LocalDateTime time, LocalDateTime asOf) {
        return time.isAfter(asOf) ? null : time;
    }
}
