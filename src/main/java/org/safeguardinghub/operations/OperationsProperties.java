package org.safeguardinghub.operations;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the operational meters and the request id ({@code safeguarding.operations.*}).
 *
 * @param countsFor       how long the queue and alert counts are kept before they are counted again:
 *                        a scrape every few seconds costs the database one set of counts per period
 * @param requestIdHeader the header that carries a request's id in and out (a load balancer's own id is kept
 *                        when it is well formed, {@link RequestIdRule})
 */
@ConfigurationProperties("safeguarding.operations")
public record OperationsProperties(@DefaultValue("PT30S") Duration countsFor,
                                   @DefaultValue("X-Request-Id") String requestIdHeader) {

    public OperationsProperties {
        if (countsFor.isNegative()) {
            throw new IllegalArgumentException("safeguarding.operations.counts-for must not be negative");
        }
    }
}
