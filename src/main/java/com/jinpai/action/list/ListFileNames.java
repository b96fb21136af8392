package com.jinpai.action.list;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The file name of a manager's list: one file per manager id, on Windows, Linux and macOS alike,
 * case-insensitive file systems included. An id of upper-case ASCII letters, digits and
 * {@code -} (the usual {@code M003}) is its own name: {@code manager-M003}. Any other id is
 * written with every other character as {@code _} and ends in {@code _} and the first
 * {@value #HASH_HEX_DIGITS} hex digits of the SHA-256 of the exact id ({@code M/1} →
 * {@code manager-M_1_…}, {@code m1} → {@code manager-m1_…}): the first kind never contains
 * {@code _}, so it never meets the second, and two ids of the second kind differ in their
 * hashes, whatever their case.
 */
final class ListFileNames {

    private static final String PREFIX = "manager-";
    private static final int HASH_HEX_DIGITS = 10;
    private static final char REPLACEMENT = '_';

    private ListFileNames() {
    }

    /** The list's file name without extension. */
    static String manager(String managerId) {
        if (!managerId.isEmpty() && managerId.chars().allMatch(ListFileNames::keptAsIs)) {
            return PREFIX + managerId;
        }
        StringBuilder name = new StringBuilder(PREFIX);
        managerId.codePoints().forEach(c -> name.append(safe(c) ? (char) c : REPLACEMENT));
        return name.append(REPLACEMENT).append(hash(managerId)).toString();
    }

    /** Characters that no file system changes or folds. */
    private static boolean keptAsIs(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
    }

    private static boolean safe(int c) {
        return keptAsIs(c) || (c >= 'a' && c <= 'z');
    }

    private static String hash(String managerId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(managerId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_HEX_DIGITS);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("every Java runtime has SHA-256", ex);
        }
    }
}
