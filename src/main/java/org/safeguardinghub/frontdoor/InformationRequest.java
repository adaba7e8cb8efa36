package org.safeguardinghub.frontdoor;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.chronology.ChildId;

/** The MASH asking a partner agency what it knows about the child of a contact, by a deadline. */
public record InformationRequest(UUID id, UUID contactId, String contactReference, ChildId child, UUID agencyId,
                                 String question, String requestedBy, Instant requestedAt, Instant dueAt,
                                 List<Answer> answers) {

    /** An answer, kept at the sensitivity the answering agency chose. */
    public record Answer(String answer, String answeredBy, Instant answeredAt, Sensitivity sensitivity) {
    }

    public boolean answered() {
        return !answers.isEmpty();
    }

    public boolean overdueOn(Instant now) {
        return !answered() && now.isAfter(dueAt);
    }
}
