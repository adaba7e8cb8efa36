package org.safeguardinghub.frontdoor;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the front door.
 *
 * @param decisionWorkingDays    a threshold decision is due this many working days after the contact
 * @param assessmentWorkingDays  a child and family assessment is due this many working days after the referral
 * @param feedContactsWithin     a contact sent through the feed enters the triage queue only if it was
 *                               made this recently; older ones are history a partner is loading (they
 *                               still count as previous contacts and towards REPEAT_CONTACTS)
 * @param informationRequestHours the deadline offered by default for a partner's answer
 */
@ConfigurationProperties("safeguarding.frontdoor")
public record FrontDoorProperties(@DefaultValue("1") int decisionWorkingDays,
                                  @DefaultValue("45") int assessmentWorkingDays,
                                  @DefaultValue("P7D") Duration feedContactsWithin,
                                  @DefaultValue("4") int informationRequestHours) {

    public FrontDoorProperties {
        if (decisionWorkingDays < 1 || assessmentWorkingDays < 1 || informationRequestHours < 1) {
            throw new IllegalArgumentException("safeguarding.frontdoor timescales must be 1 or more");
        }
    }
}
