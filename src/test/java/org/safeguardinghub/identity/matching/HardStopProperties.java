package org.safeguardinghub.identity.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The register's promises (issue 13), over records drawn from small pools where twins, siblings,
 * typos, variants, swapped dates and shared identifiers are common, under any bands (even one that
 * would link every pair) and with households measured or not: a pair whose recorded sexes
 * disagree, or a possible twin or sibling, is never linked without a person, whether the weight,
 * an identifier, or another rule's link would have done it.
 */
class HardStopProperties {

    static final MatchModel MODEL = TestModels.standard();

    @Property(maxDiscardRatio = 20)
    void disagreeingSexesAreNeverLinkedWithoutAPerson(@ForAll("policies") MatchPolicy policy,
                                                      @ForAll("children") PersonRecord a,
                                                      @ForAll("children") PersonRecord b) {
        String x = Normalise.sex(a.sex());
        String y = Normalise.sex(b.sex());
        Assume.that(x != null && y != null && !x.equals(y));
        assertThat(policy.decide(a, b)).isNotInstanceOf(MatchOutcome.Linked.class);
        assertThat(policy.hold(a, b, true)).isPresent();
        assertThat(policy.hold(a, b, false)).isPresent();
    }

    @Property(maxDiscardRatio = 20)
    void aPossibleTwinOrSiblingIsNeverLinkedWithoutAPerson(@ForAll("policies") MatchPolicy policy,
                                                           @ForAll("children") PersonRecord a,
                                                           @ForAll("children") PersonRecord b) {
        NormalisedPerson x = NormalisedPerson.of(a);
        NormalisedPerson y = NormalisedPerson.of(b);
        Comparisons comparisons = Comparisons.standard();
        Assume.that(HardStops.of(comparisons.levels(x, y), x, y, comparisons.variants()).contains(HardStops.Stop.POSSIBLE_TWIN));
        assertThat(policy.decide(a, b)).isNotInstanceOf(MatchOutcome.Linked.class);
        assertThat(policy.hold(a, b, true)).isPresent();
    }

    @Property
    void withoutAHardStopTheRegisterDecidesAsTheWeightDoes(@ForAll("children") PersonRecord a,
                                                           @ForAll("children") PersonRecord b) {
        MatchPolicy register = MatchPolicy.withHardStops(MODEL, MatchThresholds.DEFAULT);
        Assume.that(register.hold(a, b, true).isEmpty());
        assertThat(register.decide(a, b).getClass()).isEqualTo(new MatchPolicy(MODEL, MatchThresholds.DEFAULT)
                .decide(a, b).getClass());
    }

    @Property(maxDiscardRatio = 20)
    void theQuickLookNeverMissesAStop(@ForAll("children") PersonRecord a, @ForAll("children") PersonRecord b) {
        Assume.that(HardStops.cannotApply(a, b));
        NormalisedPerson x = NormalisedPerson.of(a);
        NormalisedPerson y = NormalisedPerson.of(b);
        Comparisons comparisons = Comparisons.standard();
        assertThat(HardStops.of(comparisons.levels(x, y), x, y, comparisons.variants())).isEmpty();
    }

    @Provide
    Arbitrary<MatchPolicy> policies() {
        Arbitrary<MatchModel> models = Arbitraries.of(MODEL, MODEL.withHouseholds(new HouseholdRates(0, 0, 50_000_000)),
                MODEL.withHouseholds(new HouseholdRates(30_000, 1_500, 50_000_000)));
        Arbitrary<MatchThresholds> bands = Arbitraries.of(new MatchThresholds(-100, -200), MatchThresholds.DEFAULT,
                MatchThresholds.forPopulation(100_000));
        return Combinators.combine(models, bands).as(MatchPolicy::withHardStops);
    }

    @Provide
    Arbitrary<PersonRecord> children() {
        Arbitrary<String> given = Arbitraries.of("Mia", "Mya", "Alfie", "Alfred", "Ella", "Emma", "Lily", "Lilly",
                "Christopher", "Chris", "Olover", "Oliver", "MIA", " mia", "Zoë", "Zoe").injectNull(0.1);
        Arbitrary<String> family = Arbitraries.of("Ashford", "Ashfrod", "Kowalski", "Kowalska", "Quarrington")
                .injectNull(0.1);
        Arbitrary<LocalDate> born = Arbitraries.of(LocalDate.of(2011, 11, 12), LocalDate.of(2011, 12, 11),
                LocalDate.of(2011, 11, 13), LocalDate.of(2014, 3, 2)).injectNull(0.1);
        Arbitrary<String> sex = Arbitraries.of("M", "F", "male", "Female", "(m)", "unknown").injectNull(0.2);
        Arbitrary<String> postcode = Arbitraries.of("LS2 7EE", "LS2 7EB", "ZE9 9ZZ").injectNull(0.2);
        Arbitrary<String> address = Arbitraries.of("12 Walker Crescent", "12 Walker Cres", "1 Far Away").injectNull(0.2);
        Arbitrary<String> nhs = Arbitraries.of("9990001006", "9990001014").injectNull(0.5);
        Arbitrary<String> upn = Arbitraries.of("A123456789012", "B123456789012").injectNull(0.7);
        return Combinators.combine(given, family, born, sex, postcode, address, nhs, upn)
                .as((g, f, d, s, p, ad, n, u) -> new PersonRecord("p", g, f, List.of(), d, s, p, ad, n, u));
    }
}
