package org.safeguardinghub.identity.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguardinghub.identity.matching.TestModels.full;
import static org.safeguardinghub.identity.matching.TestModels.person;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.chronology.ReviewLabel;

class MatchPolicyTest {

    static final LocalDate BORN = LocalDate.of(2011, 6, 9);
    static final String NHS = "9990001006";
    static final String OTHER_NHS = "9990001014";
    static final MatchModel MODEL = TestModels.standard();

    final PersonRecord ada = full("a", "Ada", "Ashford", BORN, "LS2 7EE", "12 Walker Crescent", null);

    static MatchOutcome decide(MatchThresholds thresholds, PersonRecord a, PersonRecord b) {
        return new MatchPolicy(MODEL, thresholds).decide(a, b);
    }

    @Test
    void sameValidNhsNumberIsACertainLinkWhateverElseDiffers() {
        MatchOutcome outcome = decide(MatchThresholds.DEFAULT, full("a", "Ada", "Ashford", BORN, null, null, NHS),
                full("b", "Zebedee", "Quarrington", LocalDate.of(2001, 1, 1), null, null, "999 000 1006"));
        assertThat(outcome).isInstanceOfSatisfying(MatchOutcome.Linked.class, link -> assertThat(link.certain()).isTrue());
        assertThat(outcome.reasons()).first().asString().startsWith("same valid NHS number");
    }

    @Test
    void differentValidNhsNumbersNeverMatchEvenWhenEverythingElseAgrees() {
        MatchOutcome outcome = decide(MatchThresholds.DEFAULT, withNhs(ada, NHS), withNhs(ada.withId("b"), OTHER_NHS));
        assertThat(outcome).isInstanceOf(MatchOutcome.NewPerson.class);
        assertThat(outcome.weight()).isGreaterThan(MatchThresholds.DEFAULT.upper());
        assertThat(outcome.reasons()).contains(MatchPolicy.DIFFERENT_NHS_NUMBERS);
    }

    @Test
    void anInvalidNhsNumberIsOnlyEvidenceNotARule() {
        MatchOutcome outcome = decide(MatchThresholds.DEFAULT, withNhs(ada, NHS), withNhs(ada.withId("b"), "9990001007"));
        assertThat(outcome.reasons()).doesNotContain(MatchPolicy.DIFFERENT_NHS_NUMBERS)
                .anyMatch(reason -> reason.startsWith("NHS or other number: one character different"));
    }

    @Test
    void sameUpnIsALink() {
        PersonRecord a = new PersonRecord("a", "Ada", null, List.of(), null, null, null, null, null, "A123456789012");
        PersonRecord b = new PersonRecord("b", "Bea", null, List.of(), null, null, null, null, null, "a123456789012");
        assertThat(decide(MatchThresholds.DEFAULT, a, b)).isInstanceOf(MatchOutcome.Linked.class);
    }

    @Test
    void bandsIncludeTheirLowerBoundary() {
        PersonRecord typo = full("b", "Ada", "Ashfrod", BORN, "LS2 7EE", "12 Walker Crescent", null);
        double weight = MODEL.weight(ada, typo);
        assertThat(decide(new MatchThresholds(weight, weight - 5), ada, typo)).isInstanceOf(MatchOutcome.Linked.class);
        assertThat(decide(new MatchThresholds(weight + 0.01, weight), ada, typo))
                .isInstanceOf(MatchOutcome.NeedsReview.class);
        assertThat(decide(new MatchThresholds(weight + 1, weight + 0.01), ada, typo))
                .isInstanceOf(MatchOutcome.NewPerson.class);
    }

    @Test
    void thresholdsMustBeInOrder() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new MatchThresholds(10, 20));
    }

    @Test
    void defaultThresholdsFollowFromAMillionPersons() {
        assertThat(MatchThresholds.DEFAULT.upper()).isCloseTo(19.93 + 6.63, org.assertj.core.data.Offset.offset(0.01));
        assertThat(MatchThresholds.DEFAULT.lower()).isCloseTo(19.93 - 3.17, org.assertj.core.data.Offset.offset(0.01));
        assertThat(MatchThresholds.forPopulation(5_000).upper()).isLessThan(MatchThresholds.DEFAULT.upper());
    }

    @Test
    void twinsAreFlaggedAndNeverLinkedAutomatically() {
        PersonRecord twin = full("b", "Bea", "Ashford", BORN, "LS2 7EE", "12 Walker Crescent", null);
        MatchOutcome outcome = decide(new MatchThresholds(0, -50), ada, twin);
        assertThat(outcome).isInstanceOf(MatchOutcome.NeedsReview.class);
        assertThat(outcome.reasons()).first().asString().startsWith("possible twin or sibling");
    }

    @Test
    void aPersonalNumberThatAgreesRulesOutATwin() {
        PersonRecord first = full("a", "Ada", "Ashford", BORN, "LS2 7EE", "12 Walker Crescent", "A1234567");
        PersonRecord renamed = full("b", "Bea", "Ashford", BORN, "LS2 7EE", "12 Walker Crescent", "A1234567");
        MatchOutcome outcome = decide(new MatchThresholds(0, -50), first, renamed);
        assertThat(outcome).isInstanceOf(MatchOutcome.Linked.class);
        assertThat(outcome.reasons()).noneMatch(reason -> reason.startsWith("possible twin"));
        PersonRecord otherNumber = full("c", "Bea", "Ashford", BORN, "LS2 7EE", "12 Walker Crescent", "A7654321");
        assertThat(decide(new MatchThresholds(0, -50), first, otherNumber)).isInstanceOf(MatchOutcome.NeedsReview.class);
    }

    @Test
    void aTypoInTheGivenNameIsNotATwin() {
        PersonRecord typo = full("b", "Adda", "Ashford", BORN, "LS2 7EE", "12 Walker Crescent", null);
        MatchOutcome outcome = decide(MatchThresholds.DEFAULT, ada, typo);
        assertThat(outcome).isInstanceOf(MatchOutcome.Linked.class);
        assertThat(outcome.reasons()).noneMatch(reason -> reason.startsWith("possible twin"));
    }

    @Test
    void householdDetailsAloneAreNotEnoughToLink() {
        PersonRecord a = full("a", null, "Ashford", null, "LS2 7EE", "12 Walker Crescent", null);
        PersonRecord b = full("b", null, "Ashford", null, "LS2 7EE", "12 Walker Crescent", null);
        MatchOutcome outcome = decide(new MatchThresholds(0, -50), a, b);
        assertThat(outcome).isInstanceOf(MatchOutcome.NeedsReview.class);
        assertThat(outcome.reasons()).contains(MatchPolicy.HOUSEHOLD_ONLY);
    }

    @Test
    void variantNameAndSwappedDayAndMonthScoreAboveReview() {
        PersonRecord kaleigh = person("a", "Kaleigh", "Smith", LocalDate.of(2002, 12, 3), null);
        PersonRecord kayleigh = person("b", "Kayleigh", "Smyth", LocalDate.of(2002, 3, 12), null);
        MatchOutcome outcome = decide(MatchThresholds.DEFAULT, kaleigh, kayleigh);
        assertThat(outcome.weight()).isGreaterThanOrEqualTo(MatchThresholds.DEFAULT.lower());
        assertThat(outcome.reasons()).anyMatch(reason -> reason.startsWith("given name: known variant, +"))
                .anyMatch(reason -> reason.startsWith("date of birth: day and month swapped, +"))
                .anyMatch(reason -> reason.startsWith("family name: one edit apart, +"));
    }

    @Test
    void sameDateWrittenTwoWaysIsTheSameDate() {
        PersonRecord kaleigh = person("a", "Kaleigh", "Smith", LocalDate.of(2002, 3, 14), null);
        PersonRecord kayleigh = person("b", "Kayleigh", "Smyth", LocalDate.parse("2002-03-14"), null);
        MatchOutcome outcome = decide(MatchThresholds.DEFAULT, kaleigh, kayleigh);
        assertThat(outcome.weight()).isGreaterThanOrEqualTo(MatchThresholds.DEFAULT.lower());
        assertThat(outcome.reasons()).anyMatch(reason -> reason.startsWith("date of birth: exact, +"));
    }

    @Test
    void agreeingOnARareFamilyNameCountsForMoreThanOnSmith() {
        double smith = MODEL.weight(person("a", "Ada", "Smith", null, null), person("b", "Ada", "Smith", null, null));
        double rare = MODEL.weight(person("a", "Ada", "Quarrington", null, null),
                person("b", "Ada", "Quarrington", null, null));
        assertThat(rare).isGreaterThan(smith + 2);
        assertThat(MODEL.explain(person("a", "Ada", "Smith", null, null), person("b", "Ada", "Smith", null, null))
                .reasons()).anyMatch(reason -> reason.startsWith("family name: exact, common name"));
    }

    @Test
    void explanationListsEveryComparedFieldAndAddsUp() {
        MatchExplanation explanation = MODEL.explain(ada, full("b", "Ada", "Ashford", BORN, "LS2 7EB", null, null));
        assertThat(explanation.fields()).extracting(FieldContribution::field)
                .containsExactly("given name", "family name", "date of birth", "postcode");
        assertThat(explanation.fields().stream().mapToDouble(FieldContribution::weight).sum())
                .isCloseTo(explanation.weight(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(explanation.fields().get(3).describe()).matches("postcode: one character different, \\+\\d+\\.\\d");
    }

    static MatchPolicy register(MatchThresholds thresholds) {
        return MatchPolicy.withHardStops(MODEL, thresholds);
    }

    static PersonRecord child(String given, LocalDate born, String sex, String nhs) {
        return new PersonRecord("c", given, "Ashford", List.of(), born, sex, "LS2 7EE", "12 Walker Crescent", nhs, null);
    }

    @Test
    void theRegisterNeverLinksATwinHoweverHighTheWeight() {
        PersonRecord mia = child("Mia", BORN, "F", null);
        PersonRecord alfie = child("Alfie", BORN, "M", null);
        MatchOutcome outcome = register(new MatchThresholds(0, -50)).decide(mia, alfie);
        assertThat(outcome).isInstanceOfSatisfying(MatchOutcome.NeedsReview.class,
                review -> assertThat(review.label()).isEqualTo(ReviewLabel.POSSIBLE_TWIN));
        assertThat(outcome.reasons()).anyMatch(r -> r.startsWith("recorded sexes differ"))
                .anyMatch(r -> r.startsWith("possible twin or sibling: given names neither"));
        assertThat(register(new MatchThresholds(0, -50)).decide(mia, child("Mya", BORN, "F", null)))
                .isInstanceOf(MatchOutcome.Linked.class);
    }

    @Test
    void inTheRegisterAnIdentifierIsEvidenceNotProof() {
        MatchPolicy policy = register(MatchThresholds.DEFAULT);
        PersonRecord christopher = child("Christopher", LocalDate.of(2011, 12, 11), "M", NHS);
        MatchOutcome lily = policy.decide(christopher, child("Lily", LocalDate.of(2011, 11, 12), "F", NHS));
        assertThat(lily).isInstanceOfSatisfying(MatchOutcome.NeedsReview.class,
                review -> assertThat(review.label()).isEqualTo(ReviewLabel.IDENTIFIER_CONFLICT));
        assertThat(lily.reasons()).contains(HardStops.IDENTIFIER_CONFLICT, MatchPolicy.HELD);
        MatchOutcome sexOnly = policy.decide(christopher, child("Christopher", LocalDate.of(2011, 12, 11), "F", NHS));
        assertThat(sexOnly).isInstanceOfSatisfying(MatchOutcome.NeedsReview.class,
                review -> assertThat(review.label()).isEqualTo(ReviewLabel.SEXES_DIFFER));
        assertThat(policy.decide(christopher, child("Chris", LocalDate.of(2011, 12, 11), "M", NHS)))
                .isInstanceOfSatisfying(MatchOutcome.Linked.class, link -> assertThat(link.certain()).isTrue());
        // linking two files keeps the identifier rule
        assertThat(new MatchPolicy(MODEL, MatchThresholds.DEFAULT).decide(christopher,
                child("Lily", LocalDate.of(2011, 11, 12), "F", NHS))).isInstanceOf(MatchOutcome.Linked.class);
    }

    @Test
    void aLinkFoundByOtherRulesIsHeldWhenAHardStopApplies() {
        MatchPolicy policy = register(MatchThresholds.DEFAULT);
        PersonRecord sam = child("Sam", BORN, "M", null);
        assertThat(policy.hold(sam, child("Sam", BORN, "M", null), false)).isEmpty();
        assertThat(policy.hold(sam, child("Sam", BORN, "F", null), false)).hasValueSatisfying(
                held -> assertThat(held.label()).isEqualTo(ReviewLabel.SEXES_DIFFER));
        PersonRecord lily = child("Lily", LocalDate.of(2014, 3, 2), "F", null);
        assertThat(policy.hold(sam, lily, true)).hasValueSatisfying(
                held -> assertThat(held.label()).isEqualTo(ReviewLabel.IDENTIFIER_CONFLICT));
        assertThat(policy.hold(sam, lily, false)).hasValueSatisfying(
                held -> assertThat(held.label()).isEqualTo(ReviewLabel.POSSIBLE_TWIN));
    }

    static PersonRecord withNhs(PersonRecord p, String nhs) {
        return new PersonRecord(p.id(), p.givenName(), p.familyName(), p.formerFamilyNames(), p.dateOfBirth(), p.sex(),
                p.postcode(), p.address(), nhs, p.upn());
    }
}
