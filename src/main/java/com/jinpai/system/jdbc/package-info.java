/**
 * Bulk JDBC writes that any feature with million-row tables uses: {@link com.jinpai.system.jdbc.BulkInsert}
 * (LOAD DATA LOCAL INFILE streamed from memory on Connector/J, JDBC batches elsewhere) and
 * {@link com.jinpai.system.jdbc.BatchStatements} (client-side prepared statements for rewritten
 * batches). Knows tables and columns only as names; no feature's rules live here.
 */
package com.jinpai.system.jdbc;
