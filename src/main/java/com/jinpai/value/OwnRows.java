package com.jinpai.value;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;

import com.jinpai.system.jdbc.BatchStatements;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How a partition deletes or reopens rows of its own buckets: the keys are read first with a plain
 * (non-locking) select, then the rows are written by primary key. A DELETE or UPDATE whose WHERE
 * names the bucket range would lock every row the database scans to evaluate it; where no index
 * confines that scan to the range (tier_history and star_history by effective_to, a month's rows
 * by primary key), it locks rows of the other partitions' customers, and two partitions of one
 * month deadlock. Written by key, a partition locks exactly its own rows.
 */
final class OwnRows {

    private static final int BATCH_ROWS = 2_000;

    private OwnRows() {
    }

    /**
     * Runs {@code write} (one placeholder per key column, in order) for every row {@code select}
     * returns (the key columns, in order); the number of rows written.
     */
    static int writeByKey(JdbcTemplate jdbc, String select, Object[] args, String write) {
        List<Object[]> keys = new ArrayList<>();
        jdbc.query(select, rs -> {
            int columns = rs.getMetaData().getColumnCount();
            Object[] key = new Object[columns];
            for (int c = 0; c < columns; c++) {
                key[c] = rs.getObject(c + 1);
            }
            keys.add(key);
        }, args);
        if (keys.isEmpty()) {
            return 0;
        }
        jdbc.execute((ConnectionCallback<Integer>) connection -> {
            try (PreparedStatement ps = BatchStatements.prepare(connection, write)) {
                for (int k = 0; k < keys.size(); k++) {
                    Object[] key = keys.get(k);
                    for (int c = 0; c < key.length; c++) {
                        ps.setObject(c + 1, key[c]);
                    }
                    ps.addBatch();
                    if ((k + 1) % BATCH_ROWS == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            return keys.size();
        });
        return keys.size();
    }
}
