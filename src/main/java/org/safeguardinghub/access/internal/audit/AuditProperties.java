package org.safeguardinghub.access.internal.audit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the audit chain and the data protection officer's pages (docs/audit.md).
 *
 * @param sealInterval    how often the sealer chains new audit entries
 * @param sealHorizon     how old the entry after a missing id must be before the chain passes over it;
 *                        longer than any transaction that writes the audit log runs
 * @param unusualDays     how many days back the report of unusual access looks (today included)
 * @param childrenPerDay  a practitioner who opens the records of this many different children in one day
 *                        is shown on that report
 * @param refusalsPerHour a user refused access this many times in one hour is shown on that report
 */
@ConfigurationProperties("safeguarding.audit")
public record AuditProperties(@DefaultValue("PT10S") Duration sealInterval,
                              @DefaultValue("PT5M") Duration sealHorizon,
                              @DefaultValue("7") int unusualDays,
                              @DefaultValue("20") int childrenPerDay,
                              @DefaultValue("5") int refusalsPerHour) {

    public AuditProperties {
        if (sealInterval.isNegative() || sealInterval.isZero() || sealHorizon.isNegative()) {
            throw new IllegalArgumentException("safeguarding.audit.seal-interval must be positive and seal-horizon not negative");
        }
        if (unusualDays < 1 || childrenPerDay < 1 || refusalsPerHour < 1) {
            throw new IllegalArgumentException(
                    "safeguarding.audit.unusual-days, children-per-day and refusals-per-hour must be at least 1");
        }
    }
}
