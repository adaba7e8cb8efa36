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
 * children born on the same day, or on that day with day and month swapped, under the prior model
 * and the bands for the number of children known (at least {@link #LEAST_POPULATION}). Above the
 * link band it is that child (linked through a merge a person can undo); between the bands a
 * person is asked. A possible twin or sibling is always asked about: the prior model has no
 * households measured (ADR 17).
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

    NearMatchFinder(KnownChildren known) {
        this.known = known;
    }

    @Override
    public List<Near> find(List<Subject> subjects) {
        Set<LocalDate> days = new HashSet<>();
        subjects.stream().map(Subject::dateOfBirth).filter(d -> d != null).forEach(d -> {
            days.add(d);
            days.add(KnownChildren.dayAndMonthSwapped(d));
        });
        Map<ChildId, Subject> candidates = known.bornOn(days);
        List<Near> found = new ArrayList<>();
        if (candidates.isEmpty()) {
            subjects.forEach(s -> found.add(new NewPerson()));
            return found;
        }
        List<PersonRecord> people = new ArrayList<>();
        candidates.forEach((child, subject) -> people.add(PersonRecord.of(child.toString(), subject)));
        MatchPolicy policy = new MatchPolicy(PriorModel.with(TermFrequencies.of(NormalisedPerson.all(people))),
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
            if (!bornAlike(incoming, candidate)) {
                continue;
            }
            MatchOutcome outcome = policy.decide(incoming, candidate);
            MatchExplanation why = outcome.explanation();
            if (outcome instanceof MatchOutcome.NewPerson || why.weight() <= bestWeight) {
                continue;
            }
            ChildId child = ChildId.parse(candidate.id()).orElseThrow();
            best = outcome instanceof MatchOutcome.Linked ? new Linked(child, why.weight(), why.reasons())
                    : new NeedsReview(child, why.weight(), why.reasons());
            bestWeight = why.weight();
        }
        return best;
    }

    private static boolean bornAlike(PersonRecord a, PersonRecord b) {
        return a.dateOfBirth() != null && b.dateOfBirth() != null && (a.dateOfBirth().equals(b.dateOfBirth())
                || KnownChildren.dayAndMonthSwapped(a.dateOfBirth()).equals(b.dateOfBirth()));
    }
}
