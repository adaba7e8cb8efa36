package org.safeguardinghub.risk;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.chronology.ChildId;

/**
 * One completed screening: the tool version it used and what that version proposed with its reasons,
 * the practitioner's judgement and rationale, and, where the judgement lowered the level, whether a
 * manager agreed. The rationale and the indicators found are read at {@code sensitivity} (the
 * screener's agency always reads them); the levels are read by everyone who may open the record.
 *
 * @param toolScore      in hundredths of a point
 * @param levelBefore    the level in force when it was completed (null for a child's first screening)
 * @param eventId        its entry in the child's chronology
 */
public record Screening(UUID id, ChildId child, int toolVersion, UUID agencyId, String screenedBy,
                        String screenedByName, Instant screenedAt, Integer ageYears, int toolScore, RiskLevel toolLevel,
                        List<Reason> toolReasons, RiskLevel judgedLevel, RiskLevel levelBefore, String rationale,
                        Sensitivity sensitivity, boolean needsAgreement, Instant agreementDueAt, UUID eventId,
                        List<Answer> answers, Agreement agreement) {

    public Screening {
        toolReasons = List.copyOf(toolReasons);
        answers = List.copyOf(answers);
    }

    /** An indicator found: when last seen (a recency band's code) and the chronology events offered as evidence. */
    public record Answer(String indicator, String band, List<UUID> evidence) {

        public Answer {
            evidence = List.copyOf(evidence);
        }
    }

    /** A manager's answer to a lowering: agreed or not, by whom, when and why. */
    public record Agreement(boolean agreed, String by, String byName, Instant at, String note) {
    }

    /** How the judgement stands to the tool's proposal. */
    public enum Judgement { AS_TOOL, RAISED, LOWERED }

    public Judgement judgement() {
        return judgedLevel.above(toolLevel) ? Judgement.RAISED
                : judgedLevel.below(toolLevel) ? Judgement.LOWERED : Judgement.AS_TOOL;
    }

    public boolean awaitingAgreement() {
        return needsAgreement && agreement == null;
    }

    /** Whether the judgement is the level in force: it needed no agreement, or a manager agreed. */
    public boolean judgementInForce() {
        return !needsAgreement || (agreement != null && agreement.agreed());
    }

    /**
     * The level in force once this screening is done: the judgement when it is in force; otherwise
     * (waiting, or not agreed) the tool's level, or the level before if higher, so an unagreed
     * lowering never lowers anything.
     */
    public RiskLevel levelInForce() {
        return judgementInForce() ? judgedLevel : toolLevel.atLeast(levelBefore);
    }

    /** The manager's answer to a lowering waiting for it; refused unless one waits. */
    public AgreementGiven decide(boolean agreed, String by, String byName, Instant at, String note) {
        if (!awaitingAgreement()) {
            throw new IllegalStateException("screening " + id + " is not waiting for a manager's agreement");
        }
        return new AgreementGiven(id, child, new Agreement(agreed, by, byName, at, note));
    }

    /** A manager agreed to a lowering, or did not. */
    public record AgreementGiven(UUID screeningId, ChildId child, Agreement agreement) {
    }
}
