package com.jinpai.action.list;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.jinpai.action.ActionFixtures;
import com.jinpai.action.ActionMessages;
import com.jinpai.support.OnH2;
import com.jinpai.support.OnMariaDb;
import com.jinpai.support.TestDatabase;
import com.jinpai.system.CsvFiles;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Managers whose ids look alike on disk each get a list of their own, and the index points at it. */
abstract class ManagerListFilesIntegrationTests {

    private static final YearMonth MONTH = YearMonth.of(2024, 10);

    @Autowired
    DataSource dataSource;

    @Autowired
    ActionListService lists;

    @Autowired
    ActionMessages words;

    @TempDir
    Path alone;

    @BeforeEach
    void setUp() {
        new TestDatabase(dataSource).reset();
    }

    @Test
    void managersMSlash1AndMUnderscore1HaveTwoListsAndTwoIndexLines() throws IOException {
        ActionFixtures fixtures = new ActionFixtures(new TestDatabase(dataSource).jdbc());
        List<String> ids = List.of("M/1", "M_1", "M:1", "M1");
        ids.forEach(id -> fixtures.manager(id, "Hangzhou", 5));

        Path folder = lists.write(MONTH, LocalDate.of(2024, 11, 5)).folder();

        List<String> listed;
        try (CSVParser index = CsvFiles.read(folder.resolve("index.csv"), StandardCharsets.UTF_8, ',')) {
            listed = index.getRecords().stream().filter(r -> !r.get(0).isEmpty())
                    .map(r -> r.get(0) + " " + r.get(r.size() - 1)).toList();
        }
        assertThat(listed).hasSize(ids.size());
        assertThat(listed.stream().map(line -> line.substring(line.indexOf(' ') + 1)).distinct()).hasSize(ids.size());
        assertThat(listed).contains("M1 manager-M1.csv");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("manager-")
                    && n.endsWith(".csv"))).hasSize(ids.size());
        }
        for (String line : listed) {
            assertThat(folder.resolve(line.substring(line.indexOf(' ') + 1))).exists();
        }
    }

    @Test
    void everyManagerWithoutOpenActionsHasTheEmptyListAsItWouldBeWrittenForItAlone() throws IOException {
        JdbcTemplate jdbc = new TestDatabase(dataSource).jdbc();
        ActionFixtures fixtures = new ActionFixtures(jdbc);
        List.of("M1", "M2", "M3", "M4").forEach(id -> fixtures.manager(id, "Hangzhou", 5));
        // M2 has a list with a row; the empty lists of M1, M3 and M4 are written once and copied
        jdbc.update("INSERT INTO vip_action (customer_id, rule_code, period, tier, priority, reason, issued_on, "
                + "due_date, status, manager_id) VALUES ('C1', 'SPEND_DROP', '2024-10', 'GOLD', 'P1', 'r', "
                + "DATE '2024-11-05', DATE '2024-11-10', 'OPEN', 'M2')");
        LocalDate asOf = LocalDate.of(2024, 11, 5);

        Path folder = lists.write(MONTH, asOf).folder();

        Table empty = ListTables.actions(List.of(), words);
        CsvTables.write(alone.resolve("empty.csv"), empty);
        XlsxTables.write(alone.resolve("empty.xlsx"), asOf, List.of(empty));
        for (String id : List.of("M1", "M3", "M4")) {
            for (String type : List.of(".csv", ".xlsx")) {
                assertThat(Files.readAllBytes(folder.resolve("manager-" + id + type))).as(id + type)
                        .isEqualTo(Files.readAllBytes(alone.resolve("empty" + type)));
            }
        }
        assertThat(Files.readAllLines(folder.resolve("manager-M2.csv"))).hasSize(2);
        assertThat(Files.size(folder.resolve("manager-M2.xlsx")))
                .isGreaterThan(Files.size(alone.resolve("empty.xlsx")));
    }

    @OnH2
    static class H2Tests extends ManagerListFilesIntegrationTests {
    }

    @OnMariaDb
    static class MariaDbTests extends ManagerListFilesIntegrationTests {
    }
}
