package org.safeguardinghub.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled load the demo data set at start (the default run does; a real deployment must not)
 * @param secret  the password of every demo user and the secret of every demo API client; when
 *                not given, a random one is made at each start and printed
 */
@ConfigurationProperties("safeguarding.demo")
public record DemoProperties(boolean enabled, String secret) {
}
