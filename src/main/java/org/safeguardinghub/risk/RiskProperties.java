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
 * @param networkChildrenPerContext how many of a context's children the network view draws at most
 *                                  ({@code NetworkDrawingPolicy}; the context's page lists them all)
 */
@ConfigurationProperties("safeguarding.risk")
public record RiskProperties(@DefaultValue("2") int agreementWorkingDays, @DefaultValue("30") int networkContexts,
                             @DefaultValue("6") int networkChildrenPerContext) {

    public RiskProperties {
        if (agreementWorkingDays < 1 || networkContexts < 1 || networkContexts > 500) {
            throw new IllegalArgumentException("safeguarding.risk.agreement-working-days must be 1 or more and "
                    + "safeguarding.risk.network-contexts 1 to 500");
        }
        if (networkChildrenPerContext < 1 || networkChildrenPerContext > 100) {
            throw new IllegalArgumentException("safeguarding.risk.network-children-per-context must be 1 to 100");
        }
    }
}
