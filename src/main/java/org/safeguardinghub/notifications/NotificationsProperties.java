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
     * @param from        the sender
     * @param baseUrl     the address links in e-mails start with
     * @param interval    how often the outbox is sent
     * @param lease       how long a relay holds the e-mails it claimed before another may send them (longer than
     *                    the SMTP timeouts: a relay that died while holding them only delays them this long)
     * @param maxAttempts how many sends of one e-mail fail before it is marked failed
     * @param retryDelay  the wait after the first failed send (doubling after each further failure)
     * @param maxRetryDelay the longest wait between two sends of one e-mail
     */
    public record Email(@DefaultValue("false") boolean enabled,
                        @DefaultValue("safeguarding-hub@localhost") String from,
                        @DefaultValue("http://localhost:8080") String baseUrl,
                        @DefaultValue("PT5S") Duration interval,
                        @DefaultValue("PT5M") Duration lease,
                        @DefaultValue("6") int maxAttempts,
                        @DefaultValue("PT1M") Duration retryDelay,
                        @DefaultValue("PT30M") Duration maxRetryDelay) {
    }
}
