package org.safeguardinghub.access;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Who has a current relationship with a child, which is all the access policy decides from: the
 * practitioners named in the professional network (and who is allocated), the agencies involved
 * now (named practitioners' agencies and agencies that have sent information), every agency that
 * ever recorded about the child (it keeps reading its own entries), and the grants other modules
 * and break-glass give for a while.
 */
public record ChildRelations(List<Member> members, Set<UUID> involvedAgencies, Set<UUID> recordingAgencies,
                             List<Grant> grants) {

    public ChildRelations {
        members = List.copyOf(members);
        involvedAgencies = Set.copyOf(involvedAgencies);
        recordingAgencies = Set.copyOf(recordingAgencies);
        grants = List.copyOf(grants);
    }

    public static ChildRelations none() {
        return new ChildRelations(List.of(), Set.of(), Set.of(), List.of());
    }

    /** A practitioner named in the network now. */
    public record Member(UUID practitionerId, UUID agencyId, boolean allocated) {
    }

    /**
     * Why a grant was given. {@code MISSING}: a police force told of a child's missing episode sees
     * the child's missing profile and episodes while it lasts and for a while after (ADR 0025).
     */
    public enum GrantKind { MASH, MEETING, BREAK_GLASS, MISSING }

    /**
     * Access for a while: to one practitioner, or to holders of {@code roles} in one agency (then
     * {@code practitionerId} is null); {@code until} null means until its purpose ends.
     */
    public record Grant(GrantKind kind, UUID agencyId, UUID practitionerId, Set<Role> roles, Instant until) {

        public Grant {
            roles = roles == null ? Set.of() : Set.copyOf(roles);
        }

        public boolean current(Instant now) {
            return until == null || now.isBefore(until);
        }
    }
}
