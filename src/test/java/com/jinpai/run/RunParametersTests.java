package com.jinpai.run;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunParametersTests {

    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 11, 3);

    @Test
    void aNightlyIsIdentifiedByItsMonthAndNightAMonthCloseByItsMonthAlone() {
        RunParameters run = RunParameters.of(OCTOBER, PUBLISHED, Path.of("/data/inbox"), 0);

        JobParameters nightly = run.toJobParameters(JobNames.NIGHTLY);
        JobParameters monthClose = run.toJobParameters(JobNames.MONTH_CLOSE);

        assertThat(nightly.getIdentifyingParameters().stream().map(p -> p.name()))
                .containsExactlyInAnyOrder(RunParameters.MONTH, RunParameters.AS_OF);
        assertThat(monthClose.getIdentifyingParameters().stream().map(p -> p.name()))
                .containsExactly(RunParameters.MONTH);
        assertThat(monthClose.getString(RunParameters.AS_OF)).isEqualTo("2026-11-03");
        assertThat(monthClose.getString(RunParameters.INBOX)).isEqualTo("/data/inbox");
    }

    @Test
    void aRerunNumberIdentifiesTheRerun() {
        JobParameters parameters = RunParameters.of(OCTOBER, PUBLISHED, Path.of("/in"), 2)
                .toJobParameters(JobNames.MONTH_CLOSE);

        assertThat(parameters.getIdentifyingParameters().stream().map(p -> p.name()))
                .containsExactlyInAnyOrder(RunParameters.MONTH, RunParameters.RERUN);
        assertThat(RunParameters.from(parameters).rerun()).isEqualTo(2);
        assertThat(RunParameters.from(parameters).describe()).isEqualTo("2026-10 as of 2026-11-03 (re-run 2)");
    }

    @Test
    void whatIsWrittenIsWhatIsRead() {
        RunParameters run = RunParameters.of(OCTOBER, PUBLISHED, Path.of("/data/./inbox/../inbox"), 0);

        RunParameters read = RunParameters.from(run.toJobParameters(JobNames.NIGHTLY));

        assertThat(read.month()).isEqualTo(OCTOBER);
        assertThat(read.asOf()).isEqualTo(PUBLISHED);
        assertThat(read.inbox()).isEqualTo(Path.of("/data/inbox"));
        assertThat(read.rerun()).isZero();
        assertThat(read.withInbox(Path.of("/other")).inbox()).isEqualTo(Path.of("/other"));
    }

    @Test
    void aRelativeInboxIsStoredAbsolute() {
        RunParameters run = RunParameters.of(OCTOBER, PUBLISHED, Path.of("sample-data"), 0);

        assertThat(run.inbox()).isAbsolute().endsWith(Path.of("sample-data"));
    }

    @Test
    void aMissingOrMalformedParameterSaysWhatToPass() {
        assertThatThrownBy(() -> RunParameters.from(new JobParameters()))
                .hasMessageContaining("job parameter 'month' is missing").hasMessageContaining("YYYY-MM");
        assertThatThrownBy(() -> RunParameters.from(new JobParametersBuilder().addString("month", "2026-13")
                .toJobParameters())).hasMessageContaining("'month' is '2026-13': expected YYYY-MM");
        assertThatThrownBy(() -> RunParameters.from(new JobParametersBuilder().addString("month", "2026-10")
                .addString("asOf", "3 Nov").toJobParameters())).hasMessageContaining("'asOf' is '3 Nov'");
        assertThatThrownBy(() -> RunParameters.from(new JobParametersBuilder().addString("month", "2026-10")
                .addString("rerun", "two").toJobParameters())).hasMessageContaining("'rerun' is 'two'");

        RunParameters monthOnly = RunParameters.from(new JobParametersBuilder().addString("month", "2026-10")
                .toJobParameters());
        assertThat(monthOnly.hasAsOf()).isFalse();
        assertThat(monthOnly.hasInbox()).isFalse();
        assertThatThrownBy(monthOnly::asOf).hasMessageContaining("job parameter 'asOf' is missing");
        assertThatThrownBy(monthOnly::inbox).hasMessageContaining("job parameter 'inbox' is missing");
    }

    @Test
    void aRerunNumberGivenAsTextIsRead() {
        RunParameters run = RunParameters.from(new JobParametersBuilder().addString("month", "2026-10")
                .addString("rerun", "3").toJobParameters());

        assertThat(run.rerun()).isEqualTo(3);
    }
}
