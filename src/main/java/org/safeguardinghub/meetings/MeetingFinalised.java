package org.safeguardinghub.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.safeguardinghub.chronology.ChildId;

/**
 * Published in the transaction that finalises a meeting's minutes (and again, with a higher
 * {@code version}, when finalised minutes are corrected): who came and what was agreed. The plans
 * module makes the agreed actions actions of the child's plan, and counts a review meeting the
 * agencies attended as the multi-agency review an agency needs before it leaves a plan. Listeners
 * must be idempotent by {@code meetingId} and {@link AgreedAction#actionId()}: a later version
 * repeats the actions it keeps.
 *
 * @param agenciesInvited  the agencies invited (ids of {@code access.Agency})
 * @param agenciesAttended the agencies at least one of whose invitees attended
 */
public record MeetingFinalised(UUID meetingId, int version, ChildId child, MeetingType type, LocalDate heldOn,
                               Set<UUID> agenciesInvited, Set<UUID> agenciesAttended, List<AgreedAction> actions,
                               Instant finalisedAt) {

    public MeetingFinalised {
        agenciesInvited = Set.copyOf(agenciesInvited);
        agenciesAttended = Set.copyOf(agenciesAttended);
        actions = List.copyOf(actions);
    }

    /**
     * An action agreed at the meeting: what, who (a practitioner in an agency), by when, and what
     * done looks like. Recommendations are not actions and are not published.
     */
    public record AgreedAction(UUID actionId, String what, UUID ownerPractitionerId, UUID ownerAgencyId, LocalDate due,
                               String doneLooksLike) {
    }
}
