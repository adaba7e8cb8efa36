package org.safeguardinghub.frontdoor;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.chronology.ChildId;

/**
 * A contact: a concern about a child passed to children's social care, made on the web form or
 * sent through the event feed, with where it stands now (its latest rating and decision). It was
 * made at {@code madeAt} and reached the hub at {@code receivedAt}, which differ for a partner's
 * history loaded later; the decision's deadline runs from its arrival. It keeps the sensitivity of
 * the event it came from: its concern is shown only to those who may read that.
 */
public record Contact(UUID id, String reference, ChildId child, UUID eventId, Source source, String sourceEventId,
                      UUID referrerAgencyId,
                      String referrerUsername, String referrerName, String referrerRole, String concern,
                      List<String> categories, String childVoice, ParentsAware parentsAware, Urgency urgency,
                      Instant madeAt, Instant receivedAt, Instant decisionDueAt, boolean awaitingDecision, Rag rag,
                      Decision decision, Sensitivity sensitivity) {

    public enum Source { WEB, FEED }

    /** Where a contact stands: waiting for a decision, for a manager's sign-off, or decided. */
    public enum Status { AWAITING_DECISION, AWAITING_SIGN_OFF, DECIDED, HISTORY }

    /** A threshold decision on the contact; it takes effect once a manager signs it off. */
    public record Decision(UUID id, int thresholdVersion, int level, String levelName, List<String> descriptors,
                           String rationale, Outcome outcome, String advice, String decidedBy, Instant decidedAt,
                           String signedOffBy, Instant signedOffAt) {

        public boolean signedOff() {
            return signedOffAt != null;
        }
    }

    public Status status() {
        if (decision != null) {
            return decision.signedOff() ? Status.DECIDED : Status.AWAITING_SIGN_OFF;
        }
        return awaitingDecision ? Status.AWAITING_DECISION : Status.HISTORY;
    }

    /** Whether the contact has become a referral: decided, signed off, needing a social-work response. */
    public boolean referral() {
        return decision != null && decision.signedOff() && decision.outcome().referral();
    }

    /** How long until the decision is due (negative once overdue). */
    public Duration timeLeft(Instant now) {
        return Duration.between(now, decisionDueAt);
    }

    /** Whether a decision was recorded after its deadline, or is still missing past it. */
    public boolean lateOn(Instant now) {
        Instant decided = decision == null ? null : decision.decidedAt();
        return awaitingDecision && (decided == null ? now.isAfter(decisionDueAt) : decided.isAfter(decisionDueAt));
    }
}
