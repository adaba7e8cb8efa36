package org.safeguardinghub.risk.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.safeguardinghub.access.Agency;
import org.safeguardinghub.access.AgencyType;
import org.safeguardinghub.access.Role;

/**
 * Who is told, besides those every alert reaches, that a child's exploitation risk is high: the
 * senior managers of children's social care and of the police serving the areas of the agencies
 * involved with the child, and the safeguarding leads named in the child's network (seeds 003 §203:
 * the notification to senior managers of high-risk child protection cases "should also include
 * children at high risk of CSE"). Plain Java.
 */
public final class HighRiskRecipients {

    /** Why someone is told; the first that applies is kept. */
    public enum Because { LEAD_IN_NETWORK, SOCIAL_CARE_SENIOR_MANAGER, POLICE_SENIOR_MANAGER }

    /** A practitioner named in the child's network now, with their roles. */
    public record Member(UUID practitionerId, Set<Role> roles) {
    }

    private HighRiskRecipients() {
    }

    /**
     * @param network         the practitioners named in the child's network now
     * @param involved        the agencies involved with the child now
     * @param agencies        every agency (for their types and areas)
     * @param seniorManagers  the senior managers of each agency
     */
    public static Map<UUID, Because> of(List<Member> network, Set<UUID> involved, Collection<Agency> agencies,
                                        Map<UUID, List<UUID>> seniorManagers) {
        Map<UUID, Because> told = new LinkedHashMap<>();
        network.stream().filter(m -> m.roles().contains(Role.SAFEGUARDING_LEAD))
                .forEach(m -> told.putIfAbsent(m.practitionerId(), Because.LEAD_IN_NETWORK));
        Set<String> areas = agencies.stream().filter(a -> involved.contains(a.id())).map(Agency::area)
                .collect(Collectors.toSet());
        for (Agency agency : agencies) {
            boolean serving = areas.contains(agency.area()) || involved.contains(agency.id());
            Because because = agency.type() == AgencyType.CHILDRENS_SOCIAL_CARE ? Because.SOCIAL_CARE_SENIOR_MANAGER
                    : agency.type() == AgencyType.POLICE ? Because.POLICE_SENIOR_MANAGER : null;
            if (serving && because != null) {
                seniorManagers.getOrDefault(agency.id(), List.of()).forEach(p -> told.putIfAbsent(p, because));
            }
        }
        return told;
    }
}
