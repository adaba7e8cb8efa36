package org.safeguardinghub.identity.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.ChildMatcher;
import org.safeguardinghub.chronology.Subject;
import org.safeguardinghub.identity.matching.MatchModel;
import org.safeguardinghub.identity.matching.MatchOutcome;
import org.safeguardinghub.identity.matching.MatchPolicy;
import org.safeguardinghub.identity.matching.MatchThresholds;
import org.safeguardinghub.identity.matching.NormalisedPerson;
import org.safeguardinghub.identity.matching.PersonRecord;
import org.safeguardinghub.identity.matching.PriorModel;
import org.safeguardinghub.identity.matching.TermFrequencies;
import org.springframework.stereotype.Component;

/**
 * The child search's matcher: each candidate the search found is compared with what was typed
 * under the prior model, name frequencies taken from the candidates themselves, and banded as an
 * incoming record would be among that many persons. Those the bands call a new person are left
 * out; one the bands would link is "likely", one needing review "possible".
 */
@Component
class SearchMatcher implements ChildMatcher {

    @Override
    public List<Likeness> rank(Subject sought, Map<ChildId, Subject> candidates) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<PersonRecord> people = new ArrayList<>();
        candidates.forEach((child, subject) -> people.add(PersonRecord.of(child.toString(), subject)));
        MatchModel model = PriorModel.with(TermFrequencies.of(NormalisedPerson.all(people)));
        MatchPolicy policy = new MatchPolicy(model, MatchThresholds.forPopulation(Math.max(2, people.size())));
        PersonRecord typed = PersonRecord.of("sought", sought);
        List<Likeness> found = new ArrayList<>();
        for (PersonRecord candidate : people) {
            switch (policy.decide(typed, candidate)) {
                case MatchOutcome.Linked link -> found.add(likeness(candidate, link));
                case MatchOutcome.NeedsReview review -> found.add(likeness(candidate, review));
                case MatchOutcome.NewPerson ignored -> { }
            }
        }
        found.sort(Comparator.comparingDouble(Likeness::weight).reversed());
        return found;
    }

    private static Likeness likeness(PersonRecord candidate, MatchOutcome outcome) {
        return new Likeness(ChildId.parse(candidate.id()).orElseThrow(), outcome.weight(), outcome.match(),
                outcome.reasons());
    }
}
