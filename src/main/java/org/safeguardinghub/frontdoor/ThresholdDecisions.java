package org.safeguardinghub.frontdoor;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.safeguardinghub.access.Permission;
import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.access.Practitioners;
import org.safeguardinghub.chronology.ChronologyEntries;
import org.safeguardinghub.chronology.NewEvent;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.chronology.Significance;
import org.safeguardinghub.frontdoor.internal.ContactStore;
import org.safeguardinghub.frontdoor.internal.DecisionDeadlines;
import org.safeguardinghub.frontdoor.internal.FrontDoorPermissions;
import org.safeguardinghub.frontdoor.internal.MashAccess;
import org.safeguardinghub.frontdoor.internal.Input;
import org.safeguardinghub.frontdoor.internal.ThresholdDecisionRule;
import org.safeguardinghub.notifications.Notifications;
import org.safeguardinghub.shared.Ids;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Threshold decisions on contacts: taken against the current threshold document with the
 * descriptors relied on and a rationale, then signed off by a manager, at which point the level of
 * need is set, a contact needing a social-work response becomes a referral, and the referrer is
 * told the outcome and why (seeds 002: referrers "wanted to know their calls were being treated as
 * a child protection referral").
 */
@Service
public class ThresholdDecisions {

    private final ContactStore store;
    private final MashAccess mash;
    private final Contacts contacts;
    private final Thresholds thresholds;
    private final LevelsOfNeed levels;
    private final DecisionDeadlines deadlines;
    private final ChronologyEntries chronology;
    private final Notifications notifications;
    private final Practitioners practitioners;
    private final AuditLog auditLog;
    private final Clock clock;

    ThresholdDecisions(ContactStore store, MashAccess mash, Contacts contacts, Thresholds thresholds, LevelsOfNeed levels,
                       DecisionDeadlines deadlines, ChronologyEntries chronology, Notifications notifications,
                       Practitioners practitioners, AuditLog auditLog, Clock clock) {
        this.store = store;
        this.mash = mash;
        this.contacts = contacts;
        this.thresholds = thresholds;
        this.levels = levels;
        this.deadlines = deadlines;
        this.chronology = chronology;
        this.notifications = notifications;
        this.practitioners = practitioners;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * What the decider gives: the level, the descriptors relied on (each as {@code level:index} in
     * the current threshold document), the rationale and the outcome.
     */
    public record Proposal(String level, List<String> descriptors, String rationale, String outcome, String advice) {

        public Proposal {
            descriptors = descriptors == null ? List.of() : List.copyOf(descriptors);
        }
    }

    /** Records a decision (awaiting sign-off); the problems by field (message keys) if it cannot be. */
    @Transactional
    public Map<String, String> decide(OpenRecord record, Contact contact, Proposal proposal) {
        Permission triage = FrontDoorPermissions.triage(record.viewer());
        if (triage.refused()) {
            return Map.of("level", triage.reason());
        }
        store.lock(contact.id());
        Contact now = store.byReference(contact.reference()).orElseThrow();
        if (now.decision() != null && now.decision().signedOff()) {
            return Map.of("level", "decision.error.alreadySignedOff");
        }
        ThresholdDocument document = thresholds.current();
        ThresholdDecisionRule.Checked checked = ThresholdDecisionRule.check(proposal, document);
        if (checked.valid().isEmpty()) {
            return checked.problems();
        }
        ThresholdDecisionRule.Valid decision = checked.valid().get();
        Actor.Person by = (Actor.Person) record.viewer();
        Instant at = clock.instant();
        store.decide(new ContactStore.NewDecision(Ids.newId(), contact.id(), document.version(), decision.level().level(),
                decision.reliedOn(), decision.rationale(), decision.outcome(), decision.advice(), by.username(), at));
        chronology.record(contact.child(), by.agency().id(), ChronologyEntries.Author.practitioner(by.username()),
                NewEvent.note(at, contacts.text("decision.entry", contact.reference(), decision.level().level(),
                        decision.level().name(), contacts.text("outcome." + decision.outcome()), by.displayName())));
        deadlines.reconcile(contact.child());
        auditLog.record(by, AuditAction.DECIDE_CONTACT, contact.child().value(),
                contact.reference() + ": level " + decision.level().level() + ", " + decision.outcome());
        return Map.of();
    }

    /**
     * Whether this viewer may sign off the contact's decision: one is waiting, and the viewer is a
     * manager of children's social care other than the decider.
     */
    public Permission maySignOff(Actor viewer, Contact.Decision decision) {
        if (decision == null) {
            return Permission.refused("decision.error.nothingToSignOff");
        }
        if (decision.signedOff()) {
            return Permission.refused("decision.error.alreadySignedOff");
        }
        return FrontDoorPermissions.signOffDecision(viewer, decision.decidedBy());
    }

    /** Signs off the contact's latest decision; the problem (a message key) if it cannot be. */
    @Transactional
    public Optional<String> signOff(OpenRecord record, Contact contact, String note) {
        store.lock(contact.id());
        Contact.Decision decision = store.byReference(contact.reference()).orElseThrow().decision();
        Permission permission = maySignOff(record.viewer(), decision);
        if (permission.refused()) {
            return Optional.of(permission.reason());
        }
        Actor.Person by = (Actor.Person) record.viewer();
        Instant at = clock.instant();
        if (!store.signOff(decision.id(), by.username(), at, Input.blankToNull(note))) {
            return Optional.of("decision.error.alreadySignedOff");
        }
        Contact decided = store.byReference(contact.reference()).orElseThrow();
        levels.setByDecision(decided, by, at);
        mash.closed(contact.reference(), by.username());
        String entry = contacts.text(decided.referral() ? "decision.signedOff.referral" : "decision.signedOff",
                contact.reference(), by.displayName(), contacts.text("outcome." + decision.outcome()));
        chronology.record(contact.child(), by.agency().id(), ChronologyEntries.Author.practitioner(by.username()),
                NewEvent.note(at, entry).withSignificance(decided.referral() ? Significance.SIGNIFICANT : Significance.ROUTINE));
        tellReferrer(decided);
        auditLog.record(by, AuditAction.DECIDE_CONTACT, contact.child().value(), contact.reference() + " signed off");
        return Optional.empty();
    }

    /** The referrer hears the outcome and the reason, in the inbox and (when on) by e-mail. */
    private void tellReferrer(Contact contact) {
        if (contact.referrerUsername() == null) {
            return; // a partner system reads the outcome through GET /api/v1/contacts/{reference}
        }
        Optional<Practitioner> referrer = practitioners.byUsername(contact.referrerUsername()).filter(Practitioner::active);
        referrer.ifPresent(p -> notifications.tell(List.of(p.id()), contact.child(),
                contacts.text("contact.feedback.subject", contact.reference()),
                contacts.text("contact.feedback.body", contact.reference()),
                "/contacts/" + contact.reference()));
    }
}
