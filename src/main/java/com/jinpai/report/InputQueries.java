package com.jinpai.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** How the month's latest run judged its inputs ({@code input_check}), for the report header. */
@Repository
class InputQueries {

    private final JdbcTemplate jdbc;

    InputQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    InputsHeader header(YearMonth month) {
        Long execution = jdbc.queryForObject("SELECT MAX(job_execution_id) FROM input_check WHERE bill_month = ?",
                Long.class, month.toString());
        if (execution == null) {
            return InputsHeader.none();
        }
        List<String> findings = new ArrayList<>();
        String[] days = new String[2];
        String[] level = {"PASS"};
        List<InputsHeader.Source> sources = jdbc.query("SELECT * FROM input_check WHERE job_execution_id = ?"
                + " ORDER BY id", (rs, row) -> {
                    days[0] = rs.getDate("as_of").toLocalDate().toString();
                    days[1] = rs.getDate("judged_on").toLocalDate().toString();
                    String sourceLevel = rs.getString("level");
                    if (sourceLevel.equals("ERROR") || (sourceLevel.equals("WARN") && level[0].equals("PASS"))) {
                        level[0] = sourceLevel;
                    }
                    String text = rs.getString("findings");
                    if (text != null && !text.isBlank()) {
                        findings.addAll(text.lines().toList());
                    }
                    java.sql.Date newest = rs.getDate("newest_data");
                    return new InputsHeader.Source(rs.getString("source"), sourceLevel, rs.getString("newest_file"),
                            newest == null ? null : newest.toLocalDate().toString(), number(rs.getObject("age_days")),
                            number(rs.getObject("file_rows")), number(rs.getObject("usual_rows")));
                }, execution);
        return new InputsHeader(days[0], days[1], level[0], sources, findings);
    }

    private static Long number(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
