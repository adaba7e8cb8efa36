package org.safeguardinghub.identity.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
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
        Candidates people = new Candidates();
        candidates.forEach((child, names) -> names.forEach(name -> people.add(PersonRecord.of(child.toString(), name))));
        MatchPolicy policy = MatchPolicy.withHardStops(
                PriorModel.with(TermFrequencies.of(NormalisedPerson.all(people.all)), households.rates()),
                MatchThresholds.forPopulation(Math.max(LEAST_POPULATION, known.count())));
        for (Subject subject : subjects) {
            PersonRecord incoming = PersonRecord.of("incoming", subject);
            found.add(best(policy, incoming, people.of(incoming)));
        }
        return found;
    }

    /** The batch's candidates, by date of birth and by family name, so each subject meets only its own. */
    private static final class Candidates {

        final List<PersonRecord> all = new ArrayList<>();
        private final Map<LocalDate, List<PersonRecord>> byDate = new HashMap<>();
        private final Map<String, List<PersonRecord>> byFamily = new HashMap<>();

        void add(PersonRecord person) {
            all.add(person);
            if (person.dateOfBirth() != null) {
                byDate.computeIfAbsent(person.dateOfBirth(), d -> new ArrayList<>()).add(person);
            }
            if (person.familyName() != null) {
                byFamily.computeIfAbsent(KnownChildren.familyKey(person.familyName()), f -> new ArrayList<>()).add(person);
            }
        }

        /** Born alike, or of the same family name and given-name initial. */
        Set<PersonRecord> of(PersonRecord incoming) {
            Set<PersonRecord> found = new LinkedHashSet<>();
            if (incoming.dateOfBirth() != null) {
                found.addAll(byDate.getOrDefault(incoming.dateOfBirth(), List.of()));
                found.addAll(byDate.getOrDefault(KnownChildren.dayAndMonthSwapped(incoming.dateOfBirth()), List.of()));
            }
            if (incoming.familyName() != null) {
                byFamily.getOrDefault(KnownChildren.familyKey(incoming.familyName()), List.of()).stream()
                        .filter(candidate -> sameInitial(incoming.givenName(), candidate.givenName())).forEach(found::add);
            }
            return found;
        }
    }

    /** The strongest candidate above the lower band, if any: the same child if above the link band. */
    private static Near best(MatchPolicy policy, PersonRecord incoming, Set<PersonRecord> people) {
        Near best = new NewPerson();
        double bestWeight = Double.NEGATIVE_INFINITY;
        for (PersonRecord candidate : people) {
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

    private static boolean sameInitial(String a, String b) {
        String x = KnownChildren.familyKey(a);
        String y = KnownChildren.familyKey(b);
        return !x.isEmpty() && !y.isEmpty() && x.charAt(0) == y.charAt(0);
    }
}
