package com.jinpai.action;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The two star action rules ({@code jinpai.star-actions} in {@code config/actions.yml}); the level
 * lines, band and benefits they quote are the star rating's own ({@code config/stars.yml}).
 *
 * @param vipOnly only VIPs get star actions: the lists are for the managers who look after them
 * @param starUpgrade the customer reached a higher star level: tell them the new benefits
 * @param starNear near-star, or within the band below the next level: tell them what it takes
 */
@Validated
@ConfigurationProperties("jinpai.star-actions")
public record StarActionsProperties(
        boolean vipOnly,
        @Valid @NotNull ActionsProperties.Plain starUpgrade,
        @Valid @NotNull ActionsProperties.Plain starNear) {
}
