package org.safeguardinghub.notifications;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the notifications module.
 *
 * @param email e-mail notifications (off unless enabled; SMTP settings are Spring Boot's
 *              {@code spring.mail.*})
 */
@ConfigurationProperties("safeguarding.notifications")
public record NotificationsProperties(@DefaultValue Email email) {

    /**
     * @param from     the sender
     * @param baseUrl  the address links in e-mails start with
     * @param interval how often the outbox is sent
     */
    public record Email(@DefaultValue("false") boolean enabled,
                        @DefaultValue("safeguarding-hub@localhost") String from,
                        @DefaultValue("http://localhost:8080") String baseUrl,
                        @DefaultValue("PT5S") Duration interval) {
    }
}
