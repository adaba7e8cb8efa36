package org.safeguardinghub.access.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.AgencyType;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.access.Sensitivity;

/**
 * One published version of which roles of which agency types may read each restricted
 * sensitivity of other agencies' entries. {@code STANDARD} is read by everyone with access to the
 * record; an agency always reads its own entries. A partner system reads as its agency type's
 * grants for every role ({@link #ANY_ROLE}). Plain Java.
 */
public record SensitivityPolicy(int version, Instant publishedAt, String publishedBy, String note, List<Grant> grants) {

    /** Every role of the agency type, and its partner systems. */
    public static final String ANY_ROLE = "*";

    public SensitivityPolicy {
        grants = List.copyOf(grants);
    }

    /** Holders of {@code role} (or any role) in agencies of {@code agencyType} may read {@code sensitivity}. */
    public record Grant(Sensitivity sensitivity, AgencyType agencyType, String role) {

        public Grant {
            if (!sensitivity.isRestricted()) {
                throw new IllegalArgumentException("STANDARD is read by everyone with access; it needs no grant");
            }
            if (!ANY_ROLE.equals(role)) {
                Role.valueOf(role);
            }
        }

        boolean covers(Actor actor) {
            if (actor.agency().type() != agencyType) {
                return false;
            }
            return ANY_ROLE.equals(role) || actor instanceof Actor.Person p && p.has(Role.valueOf(role));
        }
    }

    /** The sensitivities of other agencies' entries this actor may read (STANDARD always). */
    public Set<Sensitivity> readableBy(Actor actor) {
        Set<Sensitivity> readable = EnumSet.of(Sensitivity.STANDARD);
        grants.stream().filter(g -> g.covers(actor)).forEach(g -> readable.add(g.sensitivity()));
        return readable;
    }
}
