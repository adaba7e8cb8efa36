package org.safeguardinghub.oversight;

import java.time.Duration;
import java.util.List;

import org.safeguardinghub.oversight.internal.AlertSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the oversight module (the alert rules' numbers are kept by {@link AlertSettings}).
 *
 * @param escalationStageWorkingDays response time of each escalation stage, in working days
 * @param unacknowledgedAfter        how long an alert may wait before the managers' view flags it
 */
@ConfigurationProperties("safeguarding.oversight")
public record OversightProperties(@DefaultValue({"2", "3", "5", "10"}) List<Integer> escalationStageWorkingDays,
                                  @DefaultValue("PT24H") Duration unacknowledgedAfter) {

    public OversightProperties {
        if (escalationStageWorkingDays.size() != 4 || escalationStageWorkingDays.stream().anyMatch(d -> d < 1)) {
            throw new IllegalArgumentException("safeguarding.oversight.escalation-stage-working-days needs 4 numbers of 1 or more");
        }
        escalationStageWorkingDays = List.copyOf(escalationStageWorkingDays);
    }
}
