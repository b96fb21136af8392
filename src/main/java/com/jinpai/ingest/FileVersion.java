package com.jinpai.ingest;

import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/**
 * One version of an inbox file: its content checksum (SHA-256, hex) and size, and the month its
 * name carries (bill lines must be of that month; the ledger records it for dated sources), and
 * its {@link FileStat} key when it may be recorded (null: the next run hashes the file again).
 */
record FileVersion(InboxFile file, String checksum, long sizeBytes, @Nullable YearMonth month,
        @Nullable String statKey) {
}
