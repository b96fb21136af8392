package com.jinpai.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import db.migration.common.R__Column_comments;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/data-dictionary.md is db/dictionary.yml rendered, the same text as the schema's comments.
 * After editing the dictionary, write the page again with
 * {@code mvn -o test -Dtest=DataDictionaryTests -Djinpai.dictionary.write=true}.
 */
class DataDictionaryTests {

    static final Path PAGE = Path.of("docs", "data-dictionary.md");

    @Test
    void thePageIsTheDictionaryRendered() throws IOException {
        String rendered = render(R__Column_comments.dictionary());
        if (Boolean.getBoolean("jinpai.dictionary.write")) {
            Files.writeString(PAGE, rendered, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(PAGE, StandardCharsets.UTF_8))
                .as("docs/data-dictionary.md is stale: run mvn -o test -Dtest=DataDictionaryTests"
                        + " -Djinpai.dictionary.write=true")
                .isEqualTo(rendered);
    }

    static String render(Map<String, R__Column_comments.Table> tables) {
        StringBuilder page = new StringBuilder();
        page.append("# Data dictionary\n\n")
                .append("Every table Jinpai writes for analysts, and every column. The same text is on the schema as\n")
                .append("table and column comments (`SHOW FULL COLUMNS FROM customer_month` on MySQL,\n")
                .append("`INFORMATION_SCHEMA.COLUMNS.REMARKS` on H2). Generated from `src/main/resources/db/dictionary.yml`;\n")
                .append("the definitions behind the numbers are in the README (\"What Jinpai computes\", \"Star rating\").\n")
                .append("Money is yuan, `DECIMAL(19,2)`; months are `YYYY-MM`; dates are days in the business zone.\n\n");
        page.append("## Views\n\n")
                .append("| view | what |\n|---|---|\n")
                .append("| `customer_latest` | the `customer_month` rows of the latest month with rows (the open month's estimate")
                .append(" once a nightly ran), every column, plus `customer_name`, `customer_type`, `join_date`,")
                .append(" `customer_region` (the customer's region now), `manager_id`, `manager_name`, `manager_email`")
                .append(" (the VIP's account manager; NULL for non-VIPs and unassigned VIPs) |\n")
                .append("| `customer_latest_closed` | the same for the latest closed month (`estimated = FALSE`) |\n\n");
        page.append("## Tables\n\n");
        tables.forEach((table, entry) -> page.append("- [`").append(table).append("`](#").append(table).append(")\n"));
        tables.forEach((table, entry) -> {
            page.append("\n### ").append(table).append("\n\n").append(entry.comment()).append("\n\n")
                    .append("| column | meaning |\n|---|---|\n");
            entry.columns().forEach((column, comment) -> page.append("| `").append(column).append("` | ")
                    .append(comment.replace("|", "\\|")).append(" |\n"));
        });
        return page.toString();
    }
}
