package org.safeguardinghub.chronology;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the chronology module.
 *
 * @param breakGlassFor how long emergency access (break-glass) opens a child's record for
 */
@ConfigurationProperties("safeguarding.chronology")
public record ChronologyProperties(@DefaultValue("PT4H") Duration breakGlassFor) {

    public ChronologyProperties {
        if (breakGlassFor.isNegative() || breakGlassFor.isZero() || breakGlassFor.toHours() > 24) {
            throw new IllegalArgumentException("safeguarding.chronology.break-glass-for must be more than nothing and at most a day");
        }
    }
}
