package com.jinpai.system.h2;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The page cache the server opens the database with: sized to its heap unless the URL says. */
class H2ServerCacheSizeTests {

    private static final long ONE_GIB = 1L << 30;

    @Test
    void aGibibyteOfHeapGivesThreeEighthsOfItToTheCache() {
        assertThat(H2Server.withCacheSize("MODE=MySQL;LOCK_TIMEOUT=10000", ONE_GIB))
                .isEqualTo("MODE=MySQL;LOCK_TIMEOUT=10000;CACHE_SIZE=393216");
    }

    @Test
    void noSettingsGiveTheCacheAlone() {
        assertThat(H2Server.withCacheSize("", ONE_GIB)).isEqualTo("CACHE_SIZE=393216");
    }

    @Test
    void aCacheSizeInTheUrlIsKeptAsWritten() {
        assertThat(H2Server.withCacheSize("MODE=MySQL;cache_size=8192", ONE_GIB))
                .isEqualTo("MODE=MySQL;cache_size=8192");
    }

    @Test
    void aSmallHeapStillGetsH2sDefault() {
        assertThat(H2Server.withCacheSize("MODE=MySQL", 16L << 20)).isEqualTo("MODE=MySQL;CACHE_SIZE=16384");
    }
}
