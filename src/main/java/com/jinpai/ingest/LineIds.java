package com.jinpai.ingest;

import java.util.Arrays;

/**
 * The line ids of a month seen so far, each as a 64-bit hash with the line that holds it and a
 * hash of what the line says: an open-addressing table of three long arrays, about 24 bytes a line
 * (a {@code HashMap<String, ...>} of six million ids would need half a gigabyte more).
 * <p>
 * Two different ids share a 64-bit hash with a chance of about n²/2⁶⁵ (one in a million for six
 * million lines). Such a pair is never lost silently: unless their rows hash alike too, the second
 * is a conflict reject that names the first line.
 */
final class LineIds {

    private static final long EMPTY = 0;
    private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;

    private long[] keys;
    private long[] places;
    private long[] contents;
    private int size;
    private int mask;

    LineIds() {
        this(1 << 12);
    }

    LineIds(int capacity) {
        int slots = Integer.highestOneBit(Math.max(16, capacity) * 2 - 1);
        keys = new long[slots];
        places = new long[slots];
        contents = new long[slots];
        mask = slots - 1;
    }

    /** A 64-bit hash of an id, never 0 (0 marks an empty slot). */
    static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h ^= id.charAt(i);
            h *= 0x100000001b3L;
        }
        h = mix(h ^ id.length());
        return h == EMPTY ? 1 : h;
    }

    /** The place (file and line) of the first line with this id hash, or -1 when it is new, in which case it is added. */
    long putIfAbsent(long idHash, long place, long content) {
        int slot = (int) (mix(idHash) & mask);
        while (keys[slot] != EMPTY) {
            if (keys[slot] == idHash) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = idHash;
        places[slot] = place;
        contents[slot] = content;
        if (++size * 4L > keys.length * 3L) {
            grow();
        }
        return -1;
    }

    /** After {@link #putIfAbsent} answered a slot: the place the first line holds. */
    long placeAt(long slot) {
        return places[(int) slot];
    }

    long contentAt(long slot) {
        return contents[(int) slot];
    }

    int size() {
        return size;
    }

    /** Packs a file's position in the month (name order) and a line number into one long. */
    static long place(int file, long line) {
        return ((long) file << 40) | line;
    }

    static int file(long place) {
        return (int) (place >>> 40);
    }

    static long line(long place) {
        return place & ((1L << 40) - 1);
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldPlaces = places;
        long[] oldContents = contents;
        int slots = oldKeys.length * 2;
        keys = new long[slots];
        places = new long[slots];
        contents = new long[slots];
        mask = slots - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = (int) (mix(oldKeys[i]) & mask);
                while (keys[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                places[slot] = oldPlaces[i];
                contents[slot] = oldContents[i];
            }
        }
        Arrays.fill(oldKeys, 0);
    }

    /** The finaliser of SplitMix64: spreads every input bit over the whole word. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31) ^ MULTIPLIER;
    }
}
