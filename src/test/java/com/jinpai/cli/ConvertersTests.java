package com.jinpai.cli;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConvertersTests {

    @Test
    void aRelativePathIsTheCallersNotTheProjectFolders() {
        assertThat(Converters.CallerPath.resolve("inbox/../exports", "/home/analyst"))
                .isEqualTo(Path.of("/home/analyst/exports"));
        assertThat(Converters.CallerPath.resolve("/data/inbox", "/home/analyst")).isEqualTo(Path.of("/data/inbox"));
        assertThat(Converters.CallerPath.resolve("exports", null)).isEqualTo(Path.of("exports").toAbsolutePath());
    }
}
