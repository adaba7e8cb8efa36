package org.safeguardinghub.access.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the access module.
 *
 * @param tokenTimeToLive how long a partner API token lasts; short, since tokens are not stored
 * @param issuer          the {@code iss} of API tokens; defaults to the address the request came to
 */
@ConfigurationProperties("safeguarding.access")
public record AccessProperties(@DefaultValue("PT15M") Duration tokenTimeToLive, String issuer) {
}
