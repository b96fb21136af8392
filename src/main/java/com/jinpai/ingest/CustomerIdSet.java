package com.jinpai.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Predicate;

/**
 * The customer ids of the customer table, held compactly: the UTF-8 bytes of every id back to back
 * and an open-addressing table of positions. A million ten-character ids take about 20 MB, where a
 * {@code HashSet<String>} would take about 100 MB; lookups do not allocate for ASCII ids.
 */
final class CustomerIdSet implements Predicate<String> {

    private static final int GOLDEN = 0x9E3779B9;

    private final byte[] bytes;
    private final int[] ends;
    private final int[] slots;
    private final int bits;
    private final int size;

    private CustomerIdSet(byte[] bytes, int[] ends, int size) {
        this.bytes = bytes;
        this.ends = ends;
        this.size = size;
        int capacity = Integer.highestOneBit(Math.max(2, size) * 2 - 1) << 1;
        this.bits = Integer.numberOfTrailingZeros(capacity);
        this.slots = new int[capacity];
        for (int id = 0; id < size; id++) {
            int start = id == 0 ? 0 : ends[id - 1];
            int slot = slot(hash(bytes, start, ends[id]));
            while (slots[slot] != 0) {
                slot = (slot + 1) & (capacity - 1);
            }
            slots[slot] = id + 1;
        }
    }

    int size() {
        return size;
    }

    @Override
    public boolean test(String id) {
        int hash = 0;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c >= 0x80) {
                return containsBytes(id.getBytes(StandardCharsets.UTF_8));
            }
            hash = 31 * hash + c;
        }
        int mask = slots.length - 1;
        for (int slot = slot(hash); slots[slot] != 0; slot = (slot + 1) & mask) {
            int index = slots[slot] - 1;
            int start = index == 0 ? 0 : ends[index - 1];
            if (equalsAscii(id, start, ends[index])) {
                return true;
            }
        }
        return false;
    }

    private boolean containsBytes(byte[] id) {
        int mask = slots.length - 1;
        for (int slot = slot(hash(id, 0, id.length)); slots[slot] != 0; slot = (slot + 1) & mask) {
            int index = slots[slot] - 1;
            int start = index == 0 ? 0 : ends[index - 1];
            if (Arrays.equals(bytes, start, ends[index], id, 0, id.length)) {
                return true;
            }
        }
        return false;
    }

    private boolean equalsAscii(String id, int start, int end) {
        if (end - start != id.length()) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            if (bytes[start + i] != id.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private int slot(int hash) {
        return (hash * GOLDEN) >>> (Integer.SIZE - bits);
    }

    private static int hash(byte[] data, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + (data[i] & 0xFF);
        }
        return hash;
    }

    static Builder builder() {
        return new Builder();
    }

    /** Collects ids one by one, growing its arrays as the customer table is streamed. */
    static final class Builder {

        private static final int INITIAL_IDS = 1024;
        private static final int BYTES_PER_ID_GUESS = 12;

        private byte[] bytes = new byte[INITIAL_IDS * BYTES_PER_ID_GUESS];
        private int[] ends = new int[INITIAL_IDS];
        private int length;
        private int size;

        Builder add(String id) {
            byte[] utf8 = id.getBytes(StandardCharsets.UTF_8);
            if (length + utf8.length > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + utf8.length));
            }
            System.arraycopy(utf8, 0, bytes, length, utf8.length);
            length += utf8.length;
            if (size == ends.length) {
                ends = Arrays.copyOf(ends, size * 2);
            }
            ends[size++] = length;
            return this;
        }

        CustomerIdSet build() {
            return new CustomerIdSet(Arrays.copyOf(bytes, length), Arrays.copyOf(ends, size), size);
        }
    }
}
