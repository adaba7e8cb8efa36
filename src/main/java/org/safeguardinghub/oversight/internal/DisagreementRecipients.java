package org.safeguardinghub.oversight.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.safeguardinghub.access.Role;

/**
 * Who answers a disagreement at each stage of the escalation policy, as named people and as roles
 * in agencies: 1 the practitioner challenged, or the safeguarding leads of the agency challenged
 * when no one was named; 2 the team managers of both agencies; 3 their safeguarding leads; 4 their
 * senior managers and the analysts of the partnership of their areas. Whoever raised it is always
 * told. Plain Java.
 */
public final class DisagreementRecipients {

    /** The two sides: who raised it and from which agency, and whom (and which agency) it challenges. */
    public record Parties(UUID raisedBy, UUID raisedByAgency, UUID withPractitioner, UUID withAgency,
                          Set<UUID> partnershipAgencies) {
    }

    /** Holders of a role in some agencies. */
    public record RoleIn(Role role, Set<UUID> agencies) {
    }

    /** The people named and the roles whose holders are told. */
    public record Audience(Set<UUID> people, List<RoleIn> roles) {
    }

    private DisagreementRecipients() {
    }

    public static Audience ofStage(int stage, Parties parties) {
        Set<UUID> people = new LinkedHashSet<>();
        Set<UUID> both = new LinkedHashSet<>();
        both.add(parties.raisedByAgency());
        both.add(parties.withAgency());
        List<RoleIn> roles = switch (stage) {
            case 1 -> {
                if (parties.withPractitioner() != null) {
                    people.add(parties.withPractitioner());
                    yield List.of();
                }
                yield List.of(new RoleIn(Role.SAFEGUARDING_LEAD, Set.of(parties.withAgency())));
            }
            case 2 -> List.of(new RoleIn(Role.TEAM_MANAGER, both));
            case 3 -> List.of(new RoleIn(Role.SAFEGUARDING_LEAD, both));
            default -> List.of(new RoleIn(Role.SENIOR_MANAGER, both),
                    new RoleIn(Role.PARTNERSHIP_ANALYST, parties.partnershipAgencies()));
        };
        if (parties.raisedBy() != null) {
            people.add(parties.raisedBy());
        }
        return new Audience(people, roles);
    }

    /** Those told that the disagreement was responded to or resolved: the two people in it. */
    public static Set<UUID> parties(Parties parties) {
        Set<UUID> people = new LinkedHashSet<>();
        if (parties.raisedBy() != null) {
            people.add(parties.raisedBy());
        }
        if (parties.withPractitioner() != null) {
            people.add(parties.withPractitioner());
        }
        return people;
    }
}
