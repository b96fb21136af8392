package com.jinpai.value.spend;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * When a bill falls due ({@code jinpai.arrears} in {@code config/value.yml}).
 *
 * @param dueDays days after the end of the bill month on which the bill is due
 */
@Validated
@ConfigurationProperties("jinpai.arrears")
public record ArrearsProperties(@Min(0) int dueDays) {
}
