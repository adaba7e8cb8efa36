package org.safeguardinghub.chronology.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.LinkChecks;
import org.safeguardinghub.chronology.Match;
import org.safeguardinghub.chronology.ReviewLabel;
import org.safeguardinghub.chronology.Subject;
import org.safeguardinghub.chronology.children.NameKey;

/**
 * The linking order of the foundation issue: NHS number, local id, UPN, then exact name and birth
 * date; and every link found so looked at again before it is made (issue 13).
 */
class ExactLinkingRuleTest {

    static final LocalDate DOB = LocalDate.of(2002, 3, 14);
    static final ChildId A = new ChildId(UUID.randomUUID());
    static final ChildId B = new ChildId(UUID.randomUUID());
    static final ChildId C = new ChildId(UUID.randomUUID());

    static Subject subject(String nhs, String upn, String local, String given, String family, LocalDate dob) {
        return new Subject(nhs, upn, local, given, family, dob, null, null, null);
    }

    static ExactLinkingRule.OnRecord onRecord(Map<String, ExactLinkingRule.KnownChild> nhs,
                                              Map<String, ExactLinkingRule.KnownChild> local,
                                              Map<String, ExactLinkingRule.KnownChild> upn,
                                              Map<ExactLinkingRule.NameAndBirth, List<ExactLinkingRule.KnownChild>> names) {
        return new ExactLinkingRule.OnRecord(nhs, local, upn, names);
    }

    static final ExactLinkingRule.OnRecord EMPTY = onRecord(Map.of(), Map.of(), Map.of(), Map.of());

    static LinkDecision decide(ExactLinkingRule.OnRecord record, Subject subject) {
        return new ExactLinkingRule(record).decideAll(List.of(subject)).getFirst();
    }

    @Test
    void nhsNumberComesFirst() {
        var record = onRecord(Map.of("9434765919", new ExactLinkingRule.KnownChild(A, "9434765919")),
                Map.of("P1", new ExactLinkingRule.KnownChild(B, null)), Map.of(), Map.of());
        assertThat(decide(record, subject("9434765919", null, "P1", null, null, null)))
                .isEqualTo(new LinkDecision.Linked(A, "the same NHS number"));
    }

    @Test
    void thenTheAgencysLocalIdThenUpnThenNameAndBirthDate() {
        var names = Map.of(new ExactLinkingRule.NameAndBirth(NameKey.of("Kayleigh", "Smyth"), DOB),
                List.of(new ExactLinkingRule.KnownChild(C, null)));
        var record = onRecord(Map.of(), Map.of("P1", new ExactLinkingRule.KnownChild(A, null)),
                Map.of("U1", new ExactLinkingRule.KnownChild(B, null)), names);
        assertThat(decide(record, subject(null, "U1", "P1", "Kayleigh", "Smyth", DOB)))
                .isInstanceOfSatisfying(LinkDecision.Linked.class, k -> assertThat(k.child()).isEqualTo(A));
        assertThat(decide(record, subject(null, "U1", "P2", "Kayleigh", "Smyth", DOB)))
                .isInstanceOfSatisfying(LinkDecision.Linked.class, k -> assertThat(k.child()).isEqualTo(B));
        assertThat(decide(record, subject(null, null, null, "KAYLEIGH", "smyth", DOB)))
                .isEqualTo(new LinkDecision.Linked(C, "the same name and date of birth"));
    }

    @Test
    void nameWithoutTheSameBirthDateIsANewPerson() {
        var names = Map.of(new ExactLinkingRule.NameAndBirth(NameKey.of("Kayleigh", "Smyth"), DOB),
                List.of(new ExactLinkingRule.KnownChild(C, null)));
        var record = onRecord(Map.of(), Map.of(), Map.of(), names);
        assertThat(decide(record, subject(null, null, null, "Kayleigh", "Smyth", DOB.plusDays(1))))
                .isInstanceOf(LinkDecision.NewPerson.class);
    }

    @Test
    void aChildWithAnotherNhsNumberIsNeverLinkedByAWeakerKey() {
        var names = Map.of(new ExactLinkingRule.NameAndBirth(NameKey.of("Kayleigh", "Smyth"), DOB),
                List.of(new ExactLinkingRule.KnownChild(C, "4010232137")));
        var record = onRecord(Map.of(), Map.of("P1", new ExactLinkingRule.KnownChild(A, "4010232137")), Map.of(), names);
        LinkDecision decision = decide(record, subject("9434765919", null, "P1", "Kayleigh", "Smyth", DOB));
        assertThat(decision).isInstanceOf(LinkDecision.NewPerson.class);
    }

    @Test
    void twoChildrenWithTheSameNameAndBirthDateAreNotGuessedBetween() {
        var names = Map.of(new ExactLinkingRule.NameAndBirth(NameKey.of("Kayleigh", "Smyth"), DOB),
                List.of(new ExactLinkingRule.KnownChild(B, null), new ExactLinkingRule.KnownChild(C, null)));
        LinkDecision decision = decide(onRecord(Map.of(), Map.of(), Map.of(), names),
                subject(null, null, null, "Kayleigh", "Smyth", DOB));
        assertThat(decision).isInstanceOf(LinkDecision.NewPerson.class);
        assertThat(decision.reason()).contains("several children");
    }

    @Test
    void subjectsOfOneBatchThatAreTheSameNewPersonShareAGroup() {
        List<LinkDecision> decisions = new ExactLinkingRule(EMPTY).decideAll(List.of(
                subject("9434765919", null, null, "Kayleigh", "Smyth", DOB),
                subject(null, null, null, "Kayleigh", "Smyth", DOB),
                subject("9434765919", null, null, null, null, null),
                subject(null, null, "P9", "Jordan", "Smyth", DOB)));
        assertThat(decisions).allMatch(d -> d instanceof LinkDecision.NewPerson);
        int first = ((LinkDecision.NewPerson) decisions.get(0)).group();
        assertThat(((LinkDecision.NewPerson) decisions.get(1)).group()).isEqualTo(first);
        assertThat(((LinkDecision.NewPerson) decisions.get(2)).group()).isEqualTo(first);
        assertThat(((LinkDecision.NewPerson) decisions.get(3)).group()).isNotEqualTo(first);
    }

    @Test
    void anNhsNumberLearnedInABatchStopsAConflictingLinkLaterInIt() {
        var record = onRecord(Map.of(), Map.of("P1", new ExactLinkingRule.KnownChild(A, null)), Map.of(), Map.of());
        List<LinkDecision> decisions = new ExactLinkingRule(record).decideAll(List.of(
                subject("9434765919", null, "P1", null, null, null),
                subject("4010232137", null, "P1", null, null, null)));
        assertThat(decisions.get(0)).isInstanceOfSatisfying(LinkDecision.Linked.class, k -> assertThat(k.child()).isEqualTo(A));
        assertThat(decisions.get(1)).isInstanceOf(LinkDecision.NewPerson.class);
    }

    /** A stand-in for the identity module's checks: held unless a known name has the subject's given name. */
    static final LinkChecks GIVEN_NAME_MUST_AGREE = (subject, evidence, knownAs) -> knownAs.isEmpty()
            || knownAs.stream().anyMatch(k -> k.givenName().equalsIgnoreCase(subject.givenName()))
            ? Optional.empty()
            : Optional.of(new LinkChecks.Held(evidence.identifier() ? ReviewLabel.IDENTIFIER_CONFLICT
                    : ReviewLabel.SEXES_DIFFER, 7.5, List.of("held: " + evidence)));

    static Subject recorded(String given, LocalDate dob) {
        return subject(null, null, null, given, "Smyth", dob);
    }

    @Test
    void aLinkTheChecksHoldBecomesAProvisionalPersonPairedWithTheChild() {
        var record = onRecord(Map.of("9434765919", new ExactLinkingRule.KnownChild(A, "9434765919",
                recorded("Christopher", DOB))), Map.of(), Map.of(), Map.of());
        List<LinkDecision> decisions = new ExactLinkingRule(record, child -> List.of(), GIVEN_NAME_MUST_AGREE).decideAll(
                List.of(subject("9434765919", null, null, "Lily", "Smyth", DOB.plusDays(40)),
                        subject("9434765919", null, null, "Lily", "Smyth", DOB.plusDays(40)),
                        subject(null, null, null, "Lily", "Smyth", DOB.plusDays(40)),
                        subject("9434765919", null, null, "Christopher", "Smyth", DOB)));
        assertThat(decisions.get(0)).isInstanceOfSatisfying(LinkDecision.Held.class, held -> {
            assertThat(held.child()).isEqualTo(A);
            assertThat(held.why().label()).isEqualTo(ReviewLabel.IDENTIFIER_CONFLICT);
            assertThat(held.match()).isEqualTo(Match.NEEDS_REVIEW);
        });
        int provisional = ((LinkDecision.Held) decisions.get(0)).group();
        // the same subject again, and by name and date of birth alone: the same provisional person
        assertThat(decisions.get(1)).isEqualTo(new LinkDecision.NewPerson(provisional, "the same name and date of birth"));
        assertThat(decisions.get(2)).isEqualTo(new LinkDecision.NewPerson(provisional, "the same name and date of birth"));
        assertThat(decisions.get(3)).isEqualTo(new LinkDecision.Linked(A, "the same NHS number"));
    }

    @Test
    void aSubjectHeldFromOneChildIsLinkedToTheRecordAnotherKeyFinds() {
        LocalDate lilyBorn = DOB.plusDays(40);
        var names = Map.of(new ExactLinkingRule.NameAndBirth(NameKey.of("Lily", "Smyth"), lilyBorn),
                List.of(new ExactLinkingRule.KnownChild(B, null, recorded("Lily", lilyBorn))));
        var record = onRecord(Map.of("9434765919", new ExactLinkingRule.KnownChild(A, "9434765919",
                recorded("Christopher", DOB))), Map.of(), Map.of(), names);
        LinkDecision decision = new ExactLinkingRule(record, child -> List.of(), GIVEN_NAME_MUST_AGREE)
                .decideAll(List.of(subject("9434765919", null, null, "Lily", "Smyth", lilyBorn))).getFirst();
        assertThat(decision).isEqualTo(new LinkDecision.Linked(B, "the same name and date of birth"));
    }

    @Test
    void aLinkHeldOnTheRecordedNameStandsUnderAnotherNameTheChildIsKnownBy() {
        var record = onRecord(Map.of(), Map.of("P1", new ExactLinkingRule.KnownChild(A, null, recorded("Alfred", DOB))),
                Map.of(), Map.of());
        var rule = new ExactLinkingRule(record, child -> List.of(recorded("Alfred", DOB), recorded("AJ", DOB)),
                GIVEN_NAME_MUST_AGREE);
        assertThat(rule.decideAll(List.of(subject(null, null, "P1", "AJ", "Smyth", DOB))).getFirst())
                .isEqualTo(new LinkDecision.Linked(A, "the same local id from this agency"));
    }

    @Test
    void aSubjectHeldFromANewPersonOfTheBatchIsPairedWithThatPerson() {
        List<LinkDecision> decisions = new ExactLinkingRule(EMPTY, child -> List.of(), GIVEN_NAME_MUST_AGREE).decideAll(
                List.of(subject("9434765919", null, null, "Christopher", "Smyth", DOB),
                        subject("9434765919", null, null, "Lily", "Smyth", DOB.plusDays(40))));
        int christopher = ((LinkDecision.NewPerson) decisions.get(0)).group();
        assertThat(decisions.get(1)).isInstanceOfSatisfying(LinkDecision.Held.class, held -> {
            assertThat(held.child()).isNull();
            assertThat(held.childGroup()).isEqualTo(christopher);
            assertThat(held.group()).isNotEqualTo(christopher);
        });
    }
}
