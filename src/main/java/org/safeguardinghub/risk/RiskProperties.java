package org.safeguardinghub.risk;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the exploitation risk module. The scoring model itself (indicators, weights, recency
 * bands, thresholds, overrides, review periods) is not a setting: it is the versioned tool that
 * administrators publish.
 *
 * @param agreementWorkingDays a manager's answer to a lowering is due this many working days after the screening
 * @param networkContexts      how many contexts the network view draws at once (the most shared first)
 */
@ConfigurationProperties("safeguarding.risk")
public record RiskProperties(@DefaultValue("2") int agreementWorkingDays, @DefaultValue("30") int networkContexts) {

    public RiskProperties {
        if (agreementWorkingDays < 1 || networkContexts < 1 || networkContexts > 500) {
            throw new IllegalArgumentException("safeguarding.risk.agreement-working-days must be 1 or more and "
                    + "safeguarding.risk.network-contexts 1 to 500");
        }
    }
}
