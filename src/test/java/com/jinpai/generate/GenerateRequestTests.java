package com.jinpai.generate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class GenerateRequestTests {

    private static final Path OUT = Path.of("out");

    @Test
    void monthsAreSortedAndDeduplicatedAndTheOpenMonthFollowsTheLast() {
        GenerateRequest request = new GenerateRequest(10,
                List.of(YearMonth.of(2026, 10), YearMonth.of(2026, 8), YearMonth.of(2026, 10)), 3, 1, OUT);

        assertThat(request.months()).containsExactly(YearMonth.of(2026, 8), YearMonth.of(2026, 10));
        assertThat(request.openMonth()).isEqualTo(YearMonth.of(2026, 11));
    }

    @Test
    void closedMonthsGetTheirLastUsageDaysAndTheOpenMonthItsFirst() {
        GenerateRequest request = new GenerateRequest(10, List.of(YearMonth.of(2027, 1)), 3, 1, OUT);

        assertThat(request.usageDates(YearMonth.of(2027, 1)))
                .containsExactly(LocalDate.of(2027, 1, 29), LocalDate.of(2027, 1, 30), LocalDate.of(2027, 1, 31));
        assertThat(request.usageDates(YearMonth.of(2027, 2)))
                .containsExactly(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 2), LocalDate.of(2027, 2, 3));
        assertThat(request.asOf()).isEqualTo(LocalDateTime.of(2027, 2, 3, 23, 59, 59));
    }

    @Test
    void usageDaysBeyondAMonthsLengthCoverTheWholeMonth() {
        GenerateRequest request = new GenerateRequest(10, List.of(YearMonth.of(2027, 1)), 31, 1, OUT);

        assertThat(request.usageDates(YearMonth.of(2027, 2))).hasSize(28);
        assertThat(request.asOf()).isEqualTo(LocalDateTime.of(2027, 2, 28, 23, 59, 59));
    }

    @Test
    void withoutUsageDaysTheExportsAreTakenAtTheEndOfTheLastClosedMonth() {
        GenerateRequest request = new GenerateRequest(10, List.of(YearMonth.of(2026, 10)), 0, 1, OUT);

        assertThat(request.usageDates(YearMonth.of(2026, 10))).isEmpty();
        assertThat(request.asOf()).isEqualTo(LocalDateTime.of(2026, 10, 31, 23, 59, 59));
    }

    @Test
    void rejectsWhatCannotBeGeneratedSayingWhatToGive() {
        List<YearMonth> months = List.of(YearMonth.of(2026, 10));
        assertThatIllegalArgumentException().isThrownBy(() -> new GenerateRequest(0, months, 1, 1, OUT))
                .withMessageContaining("customers must be between 1 and 99999999");
        assertThatIllegalArgumentException().isThrownBy(() -> new GenerateRequest(1, List.of(), 1, 1, OUT))
                .withMessageContaining("--months 2026-08,2026-09,2026-10");
        assertThatIllegalArgumentException().isThrownBy(() -> new GenerateRequest(1, months, 32, 1, OUT))
                .withMessageContaining("usage days must be between 0 and 31");
        assertThatIllegalArgumentException().isThrownBy(() -> new GenerateRequest(1, months, 1, 1, null))
                .withMessageContaining("--out");
    }
}
