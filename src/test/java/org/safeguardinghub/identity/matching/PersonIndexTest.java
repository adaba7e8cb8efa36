package org.safeguardinghub.identity.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.safeguardinghub.identity.matching.TestModels.full;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import benchmarks.SyntheticPeople;
import org.junit.jupiter.api.Test;

class PersonIndexTest {

    static final LocalDate BORN = LocalDate.of(2013, 9, 21);
    static final MatchPolicy POLICY = TestModels.policy();

    final PersonIndex index = new PersonIndex();

    PersonIndexTest() {
        index.add(full("P1", "Kayleigh", "Ashford", BORN, "LS2 7EE", "12 Walker Crescent", null));
        index.add(full("P2", "Ada", "Ashford", BORN, "LS2 7EE", "12 Walker Crescent", null));
        index.add(full("P3", "William", "Thornwood", LocalDate.of(2010, 11, 2), "BN1 4GH", "3 Damson Gardens",
                "9990001006"));
    }

    @Test
    void findsAKnownChildDespiteTyposAndAVariantName() {
        CandidateMatch best = index.best(full("I1", "Kaleigh", "Ashfrod", BORN, "ls27ee", null, null), POLICY);
        assertThat(best.candidateId()).isEqualTo("P1");
        assertThat(best.isLink()).isTrue();
        assertThat(best.outcome().reasons()).anyMatch(reason -> reason.startsWith("given name: known variant"));
    }

    @Test
    void aSiblingInTheSameHomeIsNotTheBestMatch() {
        List<CandidateMatch> matches = index.match(full("I1", "Kaleigh", "Ashford", BORN, "LS2 7EE", null, null),
                POLICY, 5);
        assertThat(matches).extracting(CandidateMatch::candidateId).containsExactly("P1", "P2");
        assertThat(matches.get(0).weight()).isGreaterThan(matches.get(1).weight());
        assertThat(matches.get(1).outcome()).isInstanceOf(MatchOutcome.NeedsReview.class);
        assertThat(matches.get(1).outcome().reasons().getFirst()).startsWith("possible twin or sibling");
    }

    @Test
    void aSharedValidNhsNumberIsFoundWhateverElseDiffers() {
        CandidateMatch best = index.best(full("I1", "Bill", "Thorne", null, null, null, "999 000 1006"), POLICY);
        assertThat(best.candidateId()).isEqualTo("P3");
        assertThat(best.outcome()).isInstanceOfSatisfying(MatchOutcome.Linked.class,
                link -> assertThat(link.certain()).isTrue());
    }

    @Test
    void someoneSharingNoKeyIsANewPerson() {
        PersonRecord stranger = full("I1", "Zebedee", "Vrzkowicz", LocalDate.of(2001, 1, 1), "ZE9 9ZZ", null, null);
        assertThat(index.candidates(stranger)).isEmpty();
        CandidateMatch best = index.best(stranger, POLICY);
        assertThat(best.candidateId()).isNull();
        assertThat(best.outcome()).isInstanceOf(MatchOutcome.NewPerson.class);
        assertThat(best.outcome().reasons()).containsExactly("no one known shares any blocking key");
    }

    @Test
    void lookupFindsTheSameBestAsScoringEveryCandidate() {
        SyntheticPeople people = new SyntheticPeople(3);
        List<PersonRecord> population = people.population(3_000);
        PersonIndex synthetic = new PersonIndex();
        population.forEach(synthetic::add);
        Random pick = new Random(5);
        List<PersonRecord> incoming = java.util.stream.IntStream.range(0, 300)
                .mapToObj(i -> withoutNhs(people.variantOf(population.get(pick.nextInt(population.size())), "I" + i)))
                .toList();
        MatchPolicy policy = new MatchPolicy(MatchModel.estimateAgainst(synthetic, incoming), MatchThresholds.DEFAULT);
        for (PersonRecord record : incoming) {
            double everyCandidate = synthetic.candidates(record).stream()
                    .mapToDouble(id -> policy.decide(record, population.get(Integer.parseInt(id.substring(1)))).weight())
                    .max().orElseThrow();
            assertThat(synthetic.best(record, policy).weight()).isCloseTo(everyCandidate, within(1e-9));
        }
    }

    static PersonRecord withoutNhs(PersonRecord p) {
        return new PersonRecord(p.id(), p.givenName(), p.familyName(), p.formerFamilyNames(), p.dateOfBirth(), p.sex(),
                p.postcode(), p.address(), null, p.upn());
    }
}
