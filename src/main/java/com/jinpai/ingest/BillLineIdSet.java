package com.jinpai.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import com.jinpai.value.spend.ChargeType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a bill-line file must keep once its rows are summed, so that its month can be derived again
 * when another file of the month arrives or is corrected ({@link MonthBillLines}): for each line
 * that passed validation, its id hash, line number, customer, charge type and amount. Encoded
 * compactly (about 13 bytes a line for an export sorted by customer: the id hash, a varint line
 * step, one byte for the type and "same customer as before", a zigzag varint amount) in chunks of
 * {@value #CHUNK_BYTES} bytes, one row of {@code bill_line_ids} each; each chunk decodes on its own.
 */
final class BillLineIdSet {

    static final int CHUNK_BYTES = 4 << 20;
    private static final int SAME_CUSTOMER = 0x10;

    /** One line as the month derivation reads it. */
    @FunctionalInterface
    interface LineSink {
        void line(long line, long idHash, String customerId, ChargeType type, long fen);
    }

    private BillLineIdSet() {
    }

    /** Where full chunks go. */
    @FunctionalInterface
    interface ChunkSink {
        void chunk(int chunkNo, int entries, byte[] data);
    }

    /** Streams the lines of one file version into its chunks, writing each when it is full. */
    static final class Writer {

        private final ChunkSink sink;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(CHUNK_BYTES + 1024);
        private int chunk;
        private int entries;
        private long previousLine;
        private String previousCustomer;

        Writer(ChunkSink sink) {
            this.sink = sink;
        }

        /** Into the file's rows of {@code bill_line_ids}. */
        static Writer into(JdbcTemplate jdbc, long fileId) {
            return new Writer((chunkNo, entries, data) -> jdbc.update("INSERT INTO bill_line_ids (file_id, chunk_no,"
                    + " entries, id_set) VALUES (?, ?, ?, ?)", fileId, chunkNo, entries, data));
        }

        void add(long line, long idHash, String customerId, ChargeType type, long fen) {
            for (int shift = 56; shift >= 0; shift -= 8) {
                buffer.write((int) (idHash >>> shift));
            }
            varint(line - previousLine);
            previousLine = line;
            boolean same = customerId.equals(previousCustomer);
            buffer.write(type.ordinal() | (same ? SAME_CUSTOMER : 0));
            if (!same) {
                byte[] bytes = customerId.getBytes(StandardCharsets.UTF_8);
                varint(bytes.length);
                buffer.write(bytes, 0, bytes.length);
                previousCustomer = customerId;
            }
            varint((fen << 1) ^ (fen >> 63));
            entries++;
            if (buffer.size() >= CHUNK_BYTES) {
                flush();
            }
        }

        /** Writes the last chunk. */
        void finish() {
            flush();
        }

        private void flush() {
            if (entries == 0) {
                return;
            }
            sink.chunk(chunk++, entries, buffer.toByteArray());
            buffer.reset();
            entries = 0;
            previousLine = 0;
            previousCustomer = null;
        }

        private void varint(long value) {
            while ((value & ~0x7FL) != 0) {
                buffer.write((int) ((value & 0x7F) | 0x80));
                value >>>= 7;
            }
            buffer.write((int) value);
        }
    }

    /** Every line of a file version, in line order. */
    static void read(JdbcTemplate jdbc, long fileId, LineSink sink) {
        jdbc.query("SELECT id_set FROM bill_line_ids WHERE file_id = ? ORDER BY chunk_no", rs -> {
            decode(rs.getBytes(1), sink);
        }, fileId);
    }

    static void delete(JdbcTemplate jdbc, long fileId) {
        jdbc.update("DELETE FROM bill_line_ids WHERE file_id = ?", fileId);
    }

    static void decode(byte[] data, LineSink sink) {
        ChargeType[] types = ChargeType.values();
        int[] at = {0};
        long line = 0;
        String customer = null;
        while (at[0] < data.length) {
            long idHash = 0;
            for (int i = 0; i < 8; i++) {
                idHash = (idHash << 8) | (data[at[0]++] & 0xFF);
            }
            line += varint(data, at);
            int head = data[at[0]++];
            if ((head & SAME_CUSTOMER) == 0) {
                int length = (int) varint(data, at);
                customer = new String(data, at[0], length, StandardCharsets.UTF_8);
                at[0] += length;
            }
            long zigzag = varint(data, at);
            long fen = (zigzag >>> 1) ^ -(zigzag & 1);
            sink.line(line, idHash, customer, types[head & 0x0F], fen);
        }
    }

    private static long varint(byte[] data, int[] at) {
        long value = 0;
        int shift = 0;
        while (true) {
            byte b = data[at[0]++];
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
            shift += 7;
        }
    }
}
