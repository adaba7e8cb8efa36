package org.safeguardinghub.oversight.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.safeguardinghub.access.Role;
import org.safeguardinghub.alerts.Severity;

/**
 * Who hears of an alert, and why: the child's social worker and team manager for every alert
 * (named in the child's professional network); the safeguarding leads of each agency whose events
 * met the rule; and, for a high-severity alert, the senior managers of children's social care
 * serving the child's agencies, so exploitation risk reaches them as child-protection cases do
 * (seeds 003 §203). Anyone the reporting module's own rule names is told too. Plain Java.
 */
public final class AlertRecipients {

    /** Why a practitioner is told; the first reason that applies is kept. */
    public enum Because { CASE_HOLDER, LEAD_OF_CONTRIBUTING_AGENCY, SENIOR_MANAGER_HIGH_SEVERITY, NAMED_BY_RULE }

    /** A practitioner named in the child's current professional network, with their roles. */
    public record Member(UUID practitionerId, Set<Role> roles) {
    }

    /**
     * What the rule needs to know about one alert.
     *
     * @param leadsByAgency  the safeguarding leads of each contributing agency
     * @param seniorManagers the senior managers of children's social care serving the child's agencies
     * @param namedByRule    the people the reporting module's rule names (the MASH managers, say)
     */
    public record Alerted(Severity severity, Set<UUID> contributingAgencies, List<Member> network,
                          Map<UUID, List<UUID>> leadsByAgency, List<UUID> seniorManagers, Set<UUID> namedByRule) {
    }

    private AlertRecipients() {
    }

    public static Map<UUID, Because> of(Alerted alert) {
        Map<UUID, Because> told = new LinkedHashMap<>();
        alert.network().stream()
                .filter(m -> m.roles().contains(Role.SOCIAL_WORKER) || m.roles().contains(Role.TEAM_MANAGER))
                .forEach(m -> told.putIfAbsent(m.practitionerId(), Because.CASE_HOLDER));
        alert.contributingAgencies().forEach(agency -> alert.leadsByAgency().getOrDefault(agency, List.of())
                .forEach(lead -> told.putIfAbsent(lead, Because.LEAD_OF_CONTRIBUTING_AGENCY)));
        if (alert.severity() == Severity.HIGH) {
            alert.seniorManagers().forEach(p -> told.putIfAbsent(p, Because.SENIOR_MANAGER_HIGH_SEVERITY));
        }
        alert.namedByRule().forEach(p -> told.putIfAbsent(p, Because.NAMED_BY_RULE));
        return told;
    }
}
