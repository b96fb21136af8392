package com.jinpai.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.jinpai.report.ReportData.FileRejects;
import com.jinpai.report.ReportData.ReasonCount;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reject reasons of the files that feed a month: the files of that bill month and the snapshot
 * files (customers, managers, complaints carry no month). Replaced file versions no longer
 * count and are left out; failed files stay in, since their rejects say why they failed.
 */
@Repository
class IngestQueries {

    private static final String FILES_OF_MONTH = "(f.bill_month = ? OR f.bill_month IS NULL) AND f.status <> 'REPLACED'";

    private final JdbcTemplate jdbc;

    IngestQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<ReasonCount> topReasons(YearMonth month, int limit) {
        return jdbc.query("SELECT r.reason, COUNT(*) AS n FROM ingest_reject r JOIN ingest_file f ON f.id = r.file_id"
                + " WHERE " + FILES_OF_MONTH + " GROUP BY r.reason ORDER BY n DESC, r.reason LIMIT ?",
                (rs, i) -> new ReasonCount(rs.getString(1), rs.getLong(2)), month.toString(), limit);
    }

    List<FileRejects> files(YearMonth month, int reasonsPerFile) {
        Map<Long, List<ReasonCount>> reasons = new HashMap<>();
        jdbc.query("SELECT r.file_id, r.reason, COUNT(*) AS n FROM ingest_reject r JOIN ingest_file f"
                + " ON f.id = r.file_id WHERE " + FILES_OF_MONTH + " GROUP BY r.file_id, r.reason"
                + " ORDER BY r.file_id, n DESC, r.reason", rs -> {
                    List<ReasonCount> top = reasons.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>());
                    if (top.size() < reasonsPerFile) {
                        top.add(new ReasonCount(rs.getString(2), rs.getLong(3)));
                    }
                }, month.toString());
        return jdbc.query("SELECT f.id, f.source, f.file_name, f.status, f.rows_read, f.rows_loaded, f.rows_rejected"
                + " FROM ingest_file f WHERE " + FILES_OF_MONTH + " ORDER BY f.source, f.file_name, f.id",
                (rs, i) -> new FileRejects(rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7), reasons.getOrDefault(rs.getLong(1), List.of())),
                month.toString());
    }
}
