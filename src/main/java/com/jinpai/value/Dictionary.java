package com.jinpai.value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Small-cardinality strings (regions, brands, statuses) as dense numbers; null is a value too. */
final class Dictionary {

    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<String> values = new ArrayList<>();

    int number(String value) {
        Integer number = numbers.get(value);
        if (number == null) {
            number = values.size();
            numbers.put(value, number);
            values.add(value);
        }
        return number;
    }

    String value(int number) {
        return values.get(number);
    }
}
