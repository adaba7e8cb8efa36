package org.safeguardinghub.meetings;

import java.time.Instant;
import java.util.UUID;

import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.access.Sensitivity;

/**
 * One person invited to a meeting, why they were, and their latest reply (null until they reply).
 * Every invitation is to a person in an agency, so someone answers for it and a grant opens the
 * child's record to them for the meeting's purpose.
 */
public record Invitation(UUID id, UUID meetingId, Practitioner who, String role, Source source, Instant invitedAt,
                         Reply reply) {

    /** Why someone is on the list. */
    public enum Source {
        /** Who convened the meeting. */
        ORGANISER,
        /** Named in the child's professional network when the meeting was convened. */
        NETWORK,
        /** Proposed because the meeting's type requires their agency's kind and nobody in the network is of it. */
        REQUIRED,
        /** Added by the organiser. */
        ADDED
    }

    /** How an invitee answered. */
    public enum Response { ACCEPTED, DECLINED, REPORT_SENT }

    /**
     * A reply: a reason goes with a decline, a report (at the sensitivity its author gave it) with
     * {@code REPORT_SENT}.
     */
    public record Reply(Response response, String reason, String report, Sensitivity sensitivity, String by,
                        Instant at) {
    }

    public UUID practitionerId() {
        return who.id();
    }

    public UUID agencyId() {
        return who.agency().id();
    }
}
