package org.safeguardinghub.access.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.safeguardinghub.access.AccessBasis;
import org.safeguardinghub.access.AccessScope;
import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Agency;
import org.safeguardinghub.access.ChildRelations;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.access.SocialCareAreas;

/**
 * Who may open a child's record, and why (DESIGN.md capability 8; issue 12): access comes from a
 * current relationship with the child, never from a role or an agency alone. In order:
 *
 * <ol>
 * <li>the allocated social worker, and every practitioner named in the professional network;</li>
 * <li>a grant for a while: break-glass or an invitation to a meeting (one practitioner), or the
 * MASH while a contact is open (the MASH roles of one agency);</li>
 * <li>children's social care responsible for the child, in a role that needs it: the managers and
 * safeguarding leads of the social care serving an agency involved with the child;</li>
 * <li>managers and safeguarding leads of an agency one of whose practitioners is named in the
 * network: they oversee that work, hear of its alerts and answer its disagreements;</li>
 * <li>an agency that has recorded about the child (by sending events, or before its relationship
 * ended) reads its own entries, that the child is known, the open alerts and whom to contact: its
 * partner system, and its managers and safeguarding leads, who answer for what it recorded and
 * are whom others are told to ask. Its other staff need a relationship of their own;</li>
 * <li>anyone else is told the child was not found. Administrators are no exception: like anyone
 * else, they use break-glass.</li>
 * </ol>
 * A partner system acts for its agency: a practitioner of its agency named in the network, a
 * practitioner of its agency invited to a meeting, or a grant to the agency itself (the referrer of
 * a contact open at the front door) opens the whole record; having recorded, its own entries. A
 * grant to the holders of some roles (the MASH) is theirs, not their agency's systems'.
 */
public final class ChildAccessPolicy {

    /** Roles that oversee their agency's work with children. */
    static final Set<Role> OVERSIGHT = Set.of(Role.TEAM_MANAGER, Role.SENIOR_MANAGER, Role.SAFEGUARDING_LEAD);

    /**
     * Roles of children's social care that need the area's children: its managers and leads. MASH
     * officers see a child while a contact about them is open (a grant), social workers their own
     * cases (the network).
     */
    static final Set<Role> RESPONSIBLE = Set.of(Role.TEAM_MANAGER, Role.SENIOR_MANAGER, Role.SAFEGUARDING_LEAD);

    /** Of several grants, the one that opens most: a missing episode's (its profile and episodes only) last. */
    private static final java.util.Comparator<AccessBasis> WIDEST_FIRST =
            java.util.Comparator.comparing(basis -> !basis.wholeRecord());

    /** @param agencies every agency known, used to work out which social care serves which agencies */
    public AccessBasis decide(Actor actor, ChildRelations relations, Collection<Agency> agencies, Instant now) {
        return decide(actor, relations, responsibleFor(actor, agencies), now);
    }

    /**
     * As {@link #decide}, for many children: the agencies whose children's social care the actor
     * answers for, which depend only on the actor, are worked out once.
     */
    public java.util.function.Function<ChildRelations, AccessBasis> decider(Actor actor, Collection<Agency> agencies,
                                                                           Instant now) {
        Set<UUID> served = responsibleFor(actor, agencies);
        return relations -> decide(actor, relations, served, now);
    }

    private static AccessBasis decide(Actor actor, ChildRelations relations, Set<UUID> served, Instant now) {
        return switch (actor) {
            case Actor.Person person -> personal(person, relations, served, now)
                    .orElseGet(() -> OVERSIGHT.stream().anyMatch(person::has) ? ownEntries(actor, relations)
                            : AccessBasis.NO_ACCESS);
            case Actor.PartnerSystem system -> agencyRelationship(system, relations, now)
                    .orElseGet(() -> ownEntries(actor, relations));
        };
    }

    private static Optional<AccessBasis> personal(Actor.Person person, ChildRelations relations, Set<UUID> served,
                                                  Instant now) {
        Optional<ChildRelations.Member> named = relations.members().stream()
                .filter(m -> m.practitionerId().equals(person.practitionerId())).findFirst();
        if (named.isPresent()) {
            return Optional.of(named.get().allocated() ? AccessBasis.ALLOCATED : AccessBasis.PROFESSIONAL_NETWORK);
        }
        // the area's responsibility is a standing relationship: a grant for a purpose (the MASH's open
        // contact, a match review) must not narrow it to that purpose while the grant lasts
        if (relations.involvedAgencies().stream().anyMatch(served::contains)) {
            return Optional.of(AccessBasis.RESPONSIBLE_SOCIAL_CARE);
        }
        Optional<AccessBasis> granted = relations.grants().stream().filter(g -> g.current(now))
                .filter(g -> grantedTo(g, person)).map(ChildAccessPolicy::basisOf).min(WIDEST_FIRST);
        if (granted.isPresent()) {
            return granted;
        }
        boolean overseesNamed = OVERSIGHT.stream().anyMatch(person::has) && relations.members().stream()
                .anyMatch(m -> m.agencyId().equals(person.agency().id()));
        return overseesNamed ? Optional.of(AccessBasis.AGENCY_OVERSIGHT) : Optional.empty();
    }

    private static boolean grantedTo(ChildRelations.Grant grant, Actor.Person person) {
        if (grant.practitionerId() != null) {
            return grant.practitionerId().equals(person.practitionerId());
        }
        return grant.agencyId().equals(person.agency().id()) && grant.roles().stream().anyMatch(person::has);
    }

    private static AccessBasis basisOf(ChildRelations.Grant grant) {
        return switch (grant.kind()) {
            case MASH -> AccessBasis.MASH_OPEN_CONTACT;
            case MEETING -> AccessBasis.MEETING;
            case BREAK_GLASS -> AccessBasis.BREAK_GLASS;
            case MISSING -> AccessBasis.MISSING_EPISODE;
        };
    }

    /** The agencies whose children a manager or lead of children's social care answers for: none for anyone else. */
    private static Set<UUID> responsibleFor(Actor actor, Collection<Agency> agencies) {
        return actor instanceof Actor.Person person && person.agency().isChildrensSocialCare()
                && RESPONSIBLE.stream().anyMatch(person::has) ? SocialCareAreas.servedBy(person.agency(), agencies) : Set.of();
    }

    private static Optional<AccessBasis> agencyRelationship(Actor.PartnerSystem system, ChildRelations relations,
                                                            Instant now) {
        UUID agency = system.agency().id();
        boolean named = relations.members().stream().anyMatch(m -> m.agencyId().equals(agency));
        if (named) {
            return Optional.of(AccessBasis.PROFESSIONAL_NETWORK);
        }
        // a grant to roles (the MASH's officers and managers) is those people's, not their agency's systems'
        return relations.grants().stream().filter(g -> g.current(now) && g.agencyId().equals(agency)
                        && g.kind() != ChildRelations.GrantKind.BREAK_GLASS && g.roles().isEmpty())
                .map(ChildAccessPolicy::basisOf).min(WIDEST_FIRST);
    }

    private static AccessBasis ownEntries(Actor actor, ChildRelations relations) {
        return relations.recordingAgencies().contains(actor.agency().id()) ? AccessBasis.OWN_ENTRIES
                : AccessBasis.NO_ACCESS;
    }

    /**
     * The children an actor may possibly open, for lists that filter in SQL before deciding child
     * by child: a superset of what {@link #decide} allows, never smaller.
     */
    public AccessScope scopeOf(Actor actor, Collection<Agency> agencies) {
        UUID practitioner = actor instanceof Actor.Person p ? p.practitionerId() : null;
        // the MASH is included: its queue is the area's, and its grants are found through the agency
        Set<UUID> served = actor instanceof Actor.Person p && p.agency().isChildrensSocialCare()
                && (RESPONSIBLE.stream().anyMatch(p::has) || p.has(Role.MASH_OFFICER))
                ? SocialCareAreas.servedBy(p.agency(), agencies) : Set.of();
        return new AccessScope(practitioner, actor.agency().id(), served);
    }
}
