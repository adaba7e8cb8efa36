package org.safeguardinghub.identity.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguardinghub.identity.matching.TestModels.full;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Twins and siblings: "a known hard case: show it" (issue 5). Where the sources show how often
 * different people share a household, a possible twin is weighed by that rate; where they do not,
 * it is never linked without a person looking.
 */
class HouseholdsTest {

    static final LocalDate BORN = LocalDate.of(2011, 6, 9);
    static final MatchThresholds THRESHOLDS = MatchThresholds.forPopulation(1_000);

    final PersonRecord ada = full("a", "Ada", "Ashford", BORN, "LS2 7EE", "12 Walker Crescent", null);
    final PersonRecord bea = full("b", "Bea", "Ashford", BORN, "LS2 7EE", "12 Walker Crescent", null);

    static byte[] levels(PersonRecord a, PersonRecord b) {
        return Comparisons.standard().levels(NormalisedPerson.of(a), NormalisedPerson.of(b));
    }

    @Test
    void twinsAreAlikeButNotATypoInTheGivenNameOrAnotherHome() {
        assertThat(Households.alike(levels(ada, bea))).isTrue();
        assertThat(Households.alike(levels(ada, full("b", "Adda", "Ashford", BORN, "LS2 7EE", "12 Walker Crescent",
                null)))).isFalse();
        assertThat(Households.alike(levels(ada, full("b", "Bea", "Ashford", BORN, "YO1 9AA", "4 Minster Yard",
                null)))).isFalse();
    }

    @Test
    void aSiblingBornAnotherDaySharesTheHouseholdButIsNotFlaggedAsATwin() {
        byte[] sibling = levels(ada, full("c", "Cal", "Ashford", BORN.plusYears(2), "LS2 7EE", "12 Walker Crescent",
                null));
        assertThat(Households.sameHousehold(sibling)).isTrue();
        assertThat(Households.alike(sibling)).isFalse();
    }

    @Test
    void householdsAndTwinsAreCountedWithinEachSourceNotBetweenThem() {
        PersonRecord cal = full("c", "Cal", "Ashford", BORN.plusYears(2), "LS2 7EE", "12 Walker Crescent", null);
        PersonRecord stranger = full("d", "Zeb", "Quarrington", BORN, "YO1 9AA", "4 Minster Yard", null);
        List<NormalisedPerson> left = NormalisedPerson.all(List.of(ada, bea, cal, stranger));
        List<NormalisedPerson> right = NormalisedPerson.all(List.of(ada.withId("r1"), stranger.withId("r2")));

        HouseholdRates rates = Households.measure(left, right, Comparisons.standard());

        assertThat(rates.households()).isEqualTo(3);
        assertThat(rates.twins()).isEqualTo(1);
        assertThat(rates.pairs()).isEqualTo(6 + 1);
    }

    @Test
    void whereTheSourcesHoldNoTwinsAPossibleTwinIsLinkedAndShownAsSuch() {
        MatchModel noTwins = TestModels.standard().withHouseholds(new HouseholdRates(0, 0, 50_000_000));

        MatchOutcome outcome = new MatchPolicy(noTwins, THRESHOLDS).decide(ada, bea);

        assertThat(outcome).isInstanceOf(MatchOutcome.Linked.class);
        assertThat(outcome.reasons()).first().asString().startsWith("possible twin or sibling");
        assertThat(outcome.reasons()).anyMatch(reason -> reason.startsWith(
                "family name, home and date of birth together: one household and born the same day in 0 of 50,000,000"));
    }

    @Test
    void whereTheSourcesHoldTwinsAPossibleTwinGoesToAPerson() {
        MatchModel someTwins = TestModels.standard().withHouseholds(new HouseholdRates(300, 150, 50_000_000));

        MatchOutcome outcome = new MatchPolicy(someTwins, THRESHOLDS).decide(ada, bea);

        assertThat(outcome).isInstanceOf(MatchOutcome.NeedsReview.class);
        assertThat(outcome.weight()).isLessThan(TestModels.standard().weight(ada, bea));
    }

    @Test
    void whereNothingWasMeasuredAPossibleTwinIsNeverLinked() {
        assertThat(new MatchPolicy(TestModels.standard(), new MatchThresholds(0, -50)).decide(ada, bea))
                .isInstanceOf(MatchOutcome.NeedsReview.class);
    }

    @Test
    void theCapOnlyEverLowersTheWeightAndNeverForTheSamePerson() {
        MatchModel someTwins = TestModels.standard().withHouseholds(new HouseholdRates(300, 150, 50_000_000));
        PersonRecord typo = full("b", "Adda", "Ashford", BORN, "LS2 7EE", "12 Walker Crescent", null);

        assertThat(someTwins.weight(ada, typo)).isEqualTo(TestModels.standard().weight(ada, typo));
        assertThat(someTwins.weight(ada, bea)).isLessThan(TestModels.standard().weight(ada, bea));
    }
}
