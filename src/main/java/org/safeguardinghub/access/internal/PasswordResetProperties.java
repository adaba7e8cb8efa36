package org.safeguardinghub.access.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * One-time password-reset links (ADR 0030).
 *
 * @param validFor how long a link works after an administrator issues it (it works once)
 */
@ConfigurationProperties("safeguarding.access.password-reset")
public record PasswordResetProperties(@DefaultValue("PT24H") Duration validFor) {
}
