package com.jinpai.action;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The words of the lists, in {@code jinpai.actions.language}: a bean of its own, outside the job
 * wiring, because commands started without the batch jobs (feedback import, report) write or read
 * lists too.
 */
@Configuration(proxyBeanMethods = false)
class ActionMessagesConfiguration {

    @Bean
    ActionMessages actionMessages(ActionsProperties properties) {
        return ActionMessages.of(properties.language());
    }
}
