package com.jinpai.action.mail;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Mail on needs a sender; mail off (also without config/mail.yml) needs nothing. */
class MailPropertiesTests {

    @Test
    void mailOnWithoutASenderIsRefusedNamingTheSetting() {
        assertThatIllegalArgumentException().isThrownBy(() -> new MailProperties(true, " ", 10))
                .withMessageStartingWith("jinpai.mail.from (config/mail.yml) is empty");
    }

    @Test
    void mailOffNeedsNoSender() {
        assertThat(new MailProperties(false, null, 0).from()).isEmpty();
    }
}
