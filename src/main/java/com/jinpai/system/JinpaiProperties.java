package com.jinpai.system;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where Jinpai reads and writes, and the business calendar it reasons in.
 *
 * @param inbox folder where the operator's exports arrive
 * @param outputDir folder for action lists and run reports
 * @param businessZone zone in which months, due dates and "today" are taken
 * @param today fixes "today" (demos, tests, re-running a past night); the clock when absent
 */
@Validated
@ConfigurationProperties("jinpai")
public record JinpaiProperties(
        @NotNull Path inbox,
        @NotNull Path outputDir,
        @NotNull ZoneId businessZone,
        @Nullable LocalDate today) {
}
