package com.jinpai.action.list;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ListFileNamesTests {

    @Test
    void theUsualIdIsItsOwnName() {
        assertThat(ListFileNames.manager("M003")).isEqualTo("manager-M003");
        assertThat(ListFileNames.manager("HZ-07")).isEqualTo("manager-HZ-07");
    }

    @Test
    void idsThatWouldMeetOnSomeFileSystemGetNamesOfTheirOwn() {
        List<String> ids = List.of("M/1", "M_1", "M\\1", "M:1", "M 1", "M1", "m1", "M1.", "M1 ", "王1", "李1", "",
                "CON", "con", "a".repeat(32), "A".repeat(32), "M1_" + "0".repeat(10));
        List<String> names = ids.stream().map(ListFileNames::manager).toList();
        Set<String> folded = names.stream().map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        assertThat(folded).as("unique even where case does not count").hasSize(ids.size());
        assertThat(names).allSatisfy(name -> assertThat(name).matches("manager-[A-Za-z0-9_-]+"));
        assertThat(ListFileNames.manager("M/1")).startsWith("manager-M_1_").hasSize("manager-M_1_".length() + 10);
    }

    @Test
    void theNameOfAnIdNeverChanges() {
        assertThat(ListFileNames.manager("M/1")).isEqualTo(ListFileNames.manager("M/1"));
        assertThat(ListFileNames.manager("m1")).isEqualTo("manager-m1_" + ListFileNames.manager("m1").substring(11));
    }
}
