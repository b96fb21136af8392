package com.jinpai.value.ranking;

import java.util.Comparator;

/**
 * Customer ids in byte order of their UTF-8 encoding, which is Unicode code point order. Java's
 * {@link String#compareTo} compares UTF-16 units and differs for characters beyond the BMP; a
 * database collation may ignore case. Neither may decide a tie between two customers.
 */
public final class CustomerIdOrder implements Comparator<String> {

    public static final CustomerIdOrder INSTANCE = new CustomerIdOrder();

    private CustomerIdOrder() {
    }

    @Override
    public int compare(String left, String right) {
        int leftLength = left.length();
        int rightLength = right.length();
        int i = 0;
        int j = 0;
        while (i < leftLength && j < rightLength) {
            int a = left.codePointAt(i);
            int b = right.codePointAt(j);
            if (a != b) {
                return Integer.compare(a, b);
            }
            i += Character.charCount(a);
            j += Character.charCount(b);
        }
        return Integer.compare(leftLength - i, rightLength - j);
    }
}
