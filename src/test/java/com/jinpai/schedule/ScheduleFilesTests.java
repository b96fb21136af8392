package com.jinpai.schedule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScheduleFilesTests {

    static final Set<String> JOBS = Set.of("nightly", "month-close");
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;

    @Test
    void theShippedScheduleFilesAreValid() {
        List<ScheduleDefinition> definitions = ScheduleFiles.load(Path.of("jobs"), JOBS, ZONE);
        assertThat(definitions).extracting(ScheduleDefinition::name).containsExactly("month-close", "nightly");
        ScheduleDefinition monthClose = definitions.get(0);
        assertThat(monthClose.month().kind()).isEqualTo(MonthChoice.Kind.PREVIOUS);
        assertThat(monthClose.misfire()).isEqualTo(MisfirePolicy.DO_NOTHING);
        ScheduleDefinition nightly = definitions.get(1);
        assertThat(nightly.job()).isEqualTo("nightly");
        assertThat(nightly.cron()).isEqualTo("0 30 2 * * ?");
        assertThat(nightly.zone()).isEqualTo(ZONE);
        assertThat(nightly.month().kind()).isEqualTo(MonthChoice.Kind.CURRENT);
        assertThat(nightly.misfire()).isEqualTo(MisfirePolicy.FIRE_ONCE);
        assertThat(nightly.enabled()).isTrue();
    }

    @Test
    void defaultsFollowTheJob() throws IOException {
        write("close.yml", "job: month-close\ncron: \"0 0 6 5 * ?\"\n");
        ScheduleDefinition close = ScheduleFiles.load(dir, JOBS, ZONE).get(0);
        assertThat(close.misfire()).isEqualTo(MisfirePolicy.DO_NOTHING);
        assertThat(close.month().kind()).isEqualTo(MonthChoice.Kind.CURRENT);
        assertThat(close.zone()).isEqualTo(ZONE);
        assertThat(close.inbox()).isNull();
    }

    @Test
    void everyProblemNamesFileLineAndField() throws IOException {
        write("nightly.yml", """
                job: nightly
                cron: "0 30 2 * *"
                time-zone: Mars/Olympus
                month: last
                misfire: catch-up
                enabled: maybe
                colour: blue
                """);
        assertThatThrownBy(() -> ScheduleFiles.load(dir, JOBS, ZONE))
                .isInstanceOfSatisfying(ScheduleFileException.class, ex -> assertThat(ex.problems()).containsExactly(
                        dir.resolve("nightly.yml") + " line 7, field 'colour': unknown field; the fields are "
                                + "[cron, description, enabled, inbox, job, misfire, month, time-zone]",
                        dir.resolve("nightly.yml") + " line 2, field 'cron': '0 30 2 * *' is not a Quartz cron "
                                + "expression (Unexpected end of expression.); it has 6 or 7 fields, seconds first: "
                                + "\"0 30 2 * * ?\" is 02:30 every day",
                        dir.resolve("nightly.yml") + " line 3, field 'time-zone': 'Mars/Olympus' is not a time zone; "
                                + "use a region id such as Asia/Shanghai",
                        dir.resolve("nightly.yml") + " line 4, field 'month': 'last' is not a month; use current, "
                                + "previous or YYYY-MM (e.g. 2026-10)",
                        dir.resolve("nightly.yml") + " line 5, field 'misfire': 'catch-up' is not a misfire policy; "
                                + "use fire-once or do-nothing",
                        dir.resolve("nightly.yml") + " line 6, field 'enabled': 'maybe' is not true or false"));
    }

    @Test
    void missingFieldsUnknownJobsAndBrokenYamlAreReportedPerFile() throws IOException {
        write("a.yml", "cron: \"0 0 1 * * ?\"\n");
        write("b.yml", "job: weekly\ncron: \"0 0 1 * * ?\"\n");
        write("c.yml", "job: [nightly\n");
        write("d.yml", "");
        write("notes.txt", "not a schedule");
        assertThatThrownBy(() -> ScheduleFiles.load(dir, JOBS, ZONE))
                .isInstanceOfSatisfying(ScheduleFileException.class, ex -> assertThat(ex.problems()).satisfiesExactly(
                        p -> assertThat(p).isEqualTo(dir.resolve("a.yml") + ": field 'job' is missing"),
                        p -> assertThat(p).isEqualTo(dir.resolve("b.yml") + " line 1, field 'job': unknown job "
                                + "'weekly'; jobs are [month-close, nightly]"),
                        p -> assertThat(p).startsWith(dir.resolve("c.yml") + " line 2: not valid YAML"),
                        p -> assertThat(p).isEqualTo(dir.resolve("d.yml") + ": expected fields such as 'job:' and "
                                + "'cron:', one per line; found an empty file")));
    }

    @Test
    void aMissingFolderSaysWhichSettingPointsThere() {
        assertThatThrownBy(() -> ScheduleFiles.load(dir.resolve("nope"), JOBS, ZONE))
                .hasMessageContaining("does not exist; set jinpai.operations.jobs-dir in config/operations.yml");
    }

    @Test
    void monthChoicesResolveAgainstTheFiringDay() {
        LocalDate firing = LocalDate.of(2026, 1, 5);
        assertThat(MonthChoice.parse("current").resolve(firing)).isEqualTo(YearMonth.of(2026, 1));
        assertThat(MonthChoice.parse("previous").resolve(firing)).isEqualTo(YearMonth.of(2025, 12));
        assertThat(MonthChoice.parse("2025-10").resolve(firing)).isEqualTo(YearMonth.of(2025, 10));
        assertThat(MonthChoice.parse("Previous").text()).isEqualTo("previous");
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }
}
