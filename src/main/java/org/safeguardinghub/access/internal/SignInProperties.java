package org.safeguardinghub.access.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Lock-out and throttling of practitioners' sign-ins ({@link SignInThrottlePolicy}).
 *
 * @param maxFailuresPerUser    wrong passwords within the window that lock an account
 * @param maxFailuresPerAddress failed sign-ins from one address within the window that refuse it;
 *                              high, since a whole office may share one address
 * @param window                how long a failure counts, so also how long a lock lasts at most
 */
@ConfigurationProperties("safeguarding.access.sign-in")
public record SignInProperties(@DefaultValue("10") int maxFailuresPerUser,
                               @DefaultValue("100") int maxFailuresPerAddress,
                               @DefaultValue("PT15M") Duration window) {

    SignInThrottlePolicy policy() {
        return new SignInThrottlePolicy(maxFailuresPerUser, maxFailuresPerAddress, window);
    }
}
