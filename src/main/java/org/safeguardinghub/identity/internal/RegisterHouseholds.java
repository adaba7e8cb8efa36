package org.safeguardinghub.identity.internal;

import java.time.Clock;
import java.time.Instant;

import org.safeguardinghub.chronology.KnownChildren;
import org.safeguardinghub.identity.IdentityProperties;
import org.safeguardinghub.identity.matching.HouseholdRates;
import org.springframework.stereotype.Component;

/**
 * How often different children in the register share a household (ADR 17 applied to the live
 * feed, issue 13), counted again once the last count is older than the configured interval, so
 * that a shared surname, date of birth and address are weighed as the evidence they are here.
 */
@Component
class RegisterHouseholds {

    private record Measured(HouseholdRates rates, Instant at) {
    }

    private final KnownChildren known;
    private final IdentityProperties properties;
    private final Clock clock;
    private volatile Measured last;

    RegisterHouseholds(KnownChildren known, IdentityProperties properties, Clock clock) {
        this.known = known;
        this.properties = properties;
        this.clock = clock;
    }

    HouseholdRates rates() {
        Measured measured = last;
        Instant now = clock.instant();
        if (measured == null || !now.isBefore(measured.at().plus(properties.householdsMeasuredEvery()))) {
            KnownChildren.Households counted = known.households();
            measured = new Measured(new HouseholdRates(counted.households(), counted.twins(), counted.pairs()), now);
            last = measured;
        }
        return measured.rates();
    }
}
