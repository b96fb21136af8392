package com.jinpai.action.mail;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import com.jinpai.action.ActionMessages;
import com.jinpai.action.ActionRule;
import com.jinpai.action.Priority;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The mail a manager reads: counts per priority, the first P1 items, in Chinese by default. */
class ListMailTests {

    private static final YearMonth MONTH = YearMonth.of(2024, 10);
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 11, 5);

    private static final List<ListMail.Item> ITEMS = List.of(
            new ListMail.Item(Priority.P1, LocalDate.of(2024, 11, 6), "C05", "王小明", ActionRule.COMPLAINT_ESCALATION,
                    "投诉 T1 尚未首次响应"),
            new ListMail.Item(Priority.P1, LocalDate.of(2024, 11, 10), "C02", "李雷", ActionRule.SPEND_DROP,
                    "消费下降"),
            new ListMail.Item(Priority.P1, LocalDate.of(2024, 11, 10), "C03", null, ActionRule.DOWNGRADE_RISK,
                    "降级风险"),
            new ListMail.Item(Priority.P2, LocalDate.of(2024, 11, 12), "C01", "韩梅梅", ActionRule.NEW_VIP_WELCOME,
                    "新晋 VIP"),
            new ListMail.Item(Priority.P3, LocalDate.of(2024, 11, 19), "C08", "张三", ActionRule.TOP_RANK_ENTRY,
                    "进入前列"));

    @Test
    void chineseBodyCountsEachPriorityAndListsTheP1ItemsUpToTheLimit() {
        ListMail.Message message = new ListMail(ActionMessages.of(Locale.forLanguageTag("zh")), 2)
                .compose(MONTH, "张经理", PUBLISHED, ITEMS);

        assertThat(message.subject()).isEqualTo("2024-10 VIP 待办清单（张经理）：5 项，其中 P1 3 项");
        assertThat(message.body()).startsWith("张经理，您好：\n\n")
                .contains("您有 5 项待办：P1 3 项，P2 1 项，P3 1 项。完整清单见附件。")
                .contains("P1 事项（优先处理）：")
                .contains("C05 王小明").contains("投诉 T1 尚未首次响应")
                .contains("C02 李雷")
                .doesNotContain("C03").doesNotContain("C01")
                .contains("……另有 1 项 P1，见附件。")
                .endsWith("回传即可。\n");
        assertThat(message.body().indexOf("C05")).isLessThan(message.body().indexOf("C02"));
    }

    @Test
    void englishBodyWithoutP1ItemsHasNoP1Heading() {
        ListMail.Message message = new ListMail(ActionMessages.of(Locale.ENGLISH), 10)
                .compose(MONTH, "Manager M1", PUBLISHED, ITEMS.subList(3, 5));

        assertThat(message.subject()).isEqualTo("VIP actions 2024-10 (Manager M1): 2 open, 0 P1");
        assertThat(message.body()).contains("you have 2 open actions: P1 0, P2 1, P3 1.")
                .doesNotContain("P1 items").doesNotContain("more P1");
    }

    @Test
    void aManagerWithNothingOpenIsToldSo() {
        ListMail.Message message = new ListMail(ActionMessages.of(Locale.forLanguageTag("zh")), 10)
                .compose(MONTH, "张经理", PUBLISHED, List.of());

        assertThat(message.subject()).contains("0 项，其中 P1 0 项");
        assertThat(message.body()).contains("今日没有待办事项。").doesNotContain("P1 事项");
    }
}
