package org.safeguardinghub.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of person matching.
 *
 * @param householdsMeasuredEvery how long the feed's second look keeps using the rate at which
 *                                different children share a household in the register before
 *                                counting it again (the count is one query over the register)
 */
@ConfigurationProperties("safeguarding.identity")
public record IdentityProperties(@DefaultValue("PT10M") Duration householdsMeasuredEvery) {

    public IdentityProperties {
        if (householdsMeasuredEvery.isNegative()) {
            throw new IllegalArgumentException("safeguarding.identity.households-measured-every must not be negative");
        }
    }
}
