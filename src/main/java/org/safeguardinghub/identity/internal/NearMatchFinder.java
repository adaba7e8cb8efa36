package org.safeguardinghub.identity.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.KnownChildren;
import org.safeguardinghub.chronology.NearMatches;
import org.safeguardinghub.chronology.Subject;
import org.safeguardinghub.identity.matching.MatchExplanation;
import org.safeguardinghub.identity.matching.MatchOutcome;
import org.safeguardinghub.identity.matching.MatchPolicy;
import org.safeguardinghub.identity.matching.MatchThresholds;
import org.safeguardinghub.identity.matching.NormalisedPerson;
import org.safeguardinghub.identity.matching.PersonRecord;
import org.safeguardinghub.identity.matching.PriorModel;
import org.safeguardinghub.identity.matching.TermFrequencies;
import org.springframework.stereotype.Component;

/**
 * The feed's second look: a subject no known child matches exactly is compared with the known
 * children born on the same day, or on that day with day and month swapped, and with those of the
 * same family name and given-name initial born on any day (a date of birth mistyped), each under
 * every name it is known by. The prior model weighs household-like pairs by how often different
 * children in the register share a household ({@link RegisterHouseholds}), the bands are those for
 * the number of children known (at least {@link #LEAST_POPULATION}), and the register's hard stops
 * apply: above the link band it is that child (linked through a merge a person can undo); between
 * the bands, or where a hard stop holds it, a person is asked.
 */
@Component
class NearMatchFinder implements NearMatches {

    /**
     * The bands are never those of a register smaller than a large authority's: a new or small
     * deployment would otherwise link on weaker evidence, and a false merge shows one child's
     * history as another's.
     */
    static final long LEAST_POPULATION = 100_000;

    private final KnownChildren known;
    private final RegisterHouseholds households;

    NearMatchFinder(KnownChildren known, RegisterHouseholds households) {
        this.known = known;
        this.households = households;
    }

    @Override
    public List<Near> find(List<Subject> subjects) {
        Set<LocalDate> days = new HashSet<>();
        Set<String> families = new HashSet<>();
        for (Subject subject : subjects) {
            if (subject.dateOfBirth() != null) {
                days.add(subject.dateOfBirth());
                days.add(KnownChildren.dayAndMonthSwapped(subject.dateOfBirth()));
            }
            if (subject.familyName() != null) {
                families.add(KnownChildren.familyKey(subject.familyName()));
            }
        }
        Map<ChildId, List<Subject>> candidates = known.candidates(days, families);
        List<Near> found = new ArrayList<>();
        if (candidates.isEmpty()) {
            subjects.forEach(s -> found.add(new NewPerson()));
            return found;
        }
        List<PersonRecord> people = new ArrayList<>();
        candidates.forEach((child, names) -> names.forEach(name -> people.add(PersonRecord.of(child.toString(), name))));
        MatchPolicy policy = MatchPolicy.withHardStops(
                PriorModel.with(TermFrequencies.of(NormalisedPerson.all(people)), households.rates()),
                MatchThresholds.forPopulation(Math.max(LEAST_POPULATION, known.count())));
        for (Subject subject : subjects) {
            found.add(best(policy, PersonRecord.of("incoming", subject), people));
        }
        return found;
    }

    /** The strongest candidate above the lower band, if any: the same child if above the link band. */
    private static Near best(MatchPolicy policy, PersonRecord incoming, List<PersonRecord> people) {
        Near best = new NewPerson();
        double bestWeight = Double.NEGATIVE_INFINITY;
        for (PersonRecord candidate : people) {
            if (!comparable(incoming, candidate)) {
                continue;
            }
            MatchOutcome outcome = policy.decide(incoming, candidate);
            MatchExplanation why = outcome.explanation();
            if (outcome instanceof MatchOutcome.NewPerson || why.weight() <= bestWeight) {
                continue;
            }
            ChildId child = ChildId.parse(candidate.id()).orElseThrow();
            best = switch (outcome) {
                case MatchOutcome.Linked linked -> new Linked(child, why.weight(), why.reasons());
                case MatchOutcome.NeedsReview review -> new NeedsReview(child, why.weight(), why.reasons(), review.label());
                case MatchOutcome.NewPerson none -> throw new IllegalStateException("skipped above");
            };
            bestWeight = why.weight();
        }
        return best;
    }

    /** Born alike, or of the same family name and given-name initial. */
    private static boolean comparable(PersonRecord a, PersonRecord b) {
        return bornAlike(a, b) || a.familyName() != null && b.familyName() != null
                && KnownChildren.familyKey(a.familyName()).equals(KnownChildren.familyKey(b.familyName()))
                && sameInitial(a.givenName(), b.givenName());
    }

    private static boolean sameInitial(String a, String b) {
        String x = KnownChildren.familyKey(a);
        String y = KnownChildren.familyKey(b);
        return !x.isEmpty() && !y.isEmpty() && x.charAt(0) == y.charAt(0);
    }

    private static boolean bornAlike(PersonRecord a, PersonRecord b) {
        return a.dateOfBirth() != null && b.dateOfBirth() != null && (a.dateOfBirth().equals(b.dateOfBirth())
                || KnownChildren.dayAndMonthSwapped(a.dateOfBirth()).equals(b.dateOfBirth()));
    }
}
