package com.jinpai.action.assign;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jinpai.action.assign.ManagerAssignment.Manager;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ManagerAssignmentTests {

    private static final int DEFAULT_CAPACITY = 200;

    @Test
    void aNewVipGoesToTheLeastLoadedManagerOfItsRegion() {
        var assignment = new ManagerAssignment(List.of(new Manager("M1", "Hangzhou", 10),
                new Manager("M2", "Hangzhou", 10), new Manager("M3", "Ningbo", 10)), Map.of("M1", 4, "M2", 2, "M3", 0),
                DEFAULT_CAPACITY);

        assertThat(assignment.assign("Hangzhou")).contains("M2");
        assertThat(assignment.assign("Hangzhou")).contains("M2");
        // now 4 and 4: the tie goes to the lower manager id
        assertThat(assignment.assign("Hangzhou")).contains("M1");
        assertThat(assignment.load("M1")).isEqualTo(5);
        assertThat(assignment.load("M2")).isEqualTo(4);
        assertThat(assignment.load("M3")).isZero();
    }

    @Test
    void tiesGoToTheLowerManagerId() {
        var assignment = new ManagerAssignment(List.of(new Manager("M9", "Hangzhou", 10),
                new Manager("M10", "Hangzhou", 10), new Manager("M2", "Hangzhou", 10)), Map.of(), DEFAULT_CAPACITY);

        List<String> picks = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            picks.add(assignment.assign("Hangzhou").orElseThrow());
        }
        // manager ids compare as text: M10 < M2 < M9
        assertThat(picks).containsExactly("M10", "M2", "M9", "M10", "M2", "M9");
    }

    @Test
    void aFullManagerIsSkippedAndAFullRegionLeavesTheVipUnassigned() {
        var assignment = new ManagerAssignment(List.of(new Manager("M1", "Hangzhou", 2),
                new Manager("M2", "Hangzhou", 3)), Map.of("M1", 2, "M2", 1), DEFAULT_CAPACITY);

        assertThat(assignment.assign("Hangzhou")).contains("M2");
        assertThat(assignment.assign("Hangzhou")).contains("M2");
        assertThat(assignment.assign("Hangzhou")).isEmpty();
        assertThat(assignment.assign("Hangzhou")).isEmpty();
        assertThat(assignment.load("M1")).isEqualTo(2);
        assertThat(assignment.load("M2")).isEqualTo(3);
    }

    @Test
    void aKeptLoadAboveCapacityTakesNoMore() {
        var assignment = new ManagerAssignment(List.of(new Manager("M1", "Hangzhou", 2)), Map.of("M1", 5),
                DEFAULT_CAPACITY);

        assertThat(assignment.assign("Hangzhou")).isEmpty();
        assertThat(assignment.load("M1")).isEqualTo(5);
    }

    @Test
    void aRegionWithoutManagerOrACustomerWithoutRegionIsUnassigned() {
        var assignment = new ManagerAssignment(List.of(new Manager("M1", "Hangzhou", 2)), Map.of(), DEFAULT_CAPACITY);

        assertThat(assignment.assign("Wenzhou")).isEmpty();
        assertThat(assignment.assign(null)).isEmpty();
        assertThat(assignment.load("M1")).isZero();
    }

    @Test
    void aManagerWithoutCapacityGetsTheDefault() {
        var assignment = new ManagerAssignment(List.of(new Manager("M1", "Hangzhou", 0)), Map.of("M1", 1), 3);

        assertThat(assignment.assign("Hangzhou")).contains("M1");
        assertThat(assignment.assign("Hangzhou")).contains("M1");
        assertThat(assignment.assign("Hangzhou")).isEmpty();
    }

    @Test
    void prospectRoutingSpreadsOverTheRegionWithoutCapacityLimit() {
        var routing = ManagerAssignment.ignoringCapacity(List.of(new Manager("M1", "Hangzhou", 1),
                new Manager("M2", "Hangzhou", 1)), Map.of("M1", 1, "M2", 3));

        List<String> picks = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            picks.add(routing.assign("Hangzhou").orElseThrow());
        }
        // loads 1 and 3: M1 twice to 3, the tie to M1, then M2, then the tie to M1 again
        assertThat(picks).containsExactly("M1", "M1", "M1", "M2", "M1");
        assertThat(routing.assign("Wenzhou")).isEmpty();
    }
}
