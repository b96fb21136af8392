package com.jinpai.action.mail;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Jinpai's own mail settings, bound from {@code config/mail.yml}. The server (host, port, user,
 * password) is Spring Boot's {@code spring.mail.*} in the same file; the subject and body words are
 * in the {@code messages/actions_<language>.properties} bundles ({@code mail.*} keys). Without the
 * file mail is off, so an install from before it starts as before.
 *
 * @param enabled whether runs mail the lists at all; off, the run summary says "mail: off"
 * @param from the sender address of every message; required when mail is on
 * @param p1Items how many P1 items the body lists before pointing at the attachment
 */
@Validated
@ConfigurationProperties("jinpai.mail")
public record MailProperties(boolean enabled, String from, @Min(0) int p1Items) {

    public MailProperties {
        from = from == null ? "" : from.trim();
        if (enabled && from.isEmpty()) {
            throw new IllegalArgumentException("jinpai.mail.from (config/mail.yml) is empty: mail is on "
                    + "(jinpai.mail.enabled), so give the sender address, e.g. vip-lists@example.com");
        }
    }
}
