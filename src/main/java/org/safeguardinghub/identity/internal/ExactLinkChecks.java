package org.safeguardinghub.identity.internal;

import java.util.List;
import java.util.Optional;

import org.safeguardinghub.chronology.LinkChecks;
import org.safeguardinghub.chronology.Subject;
import org.safeguardinghub.identity.matching.MatchOutcome;
import org.safeguardinghub.identity.matching.MatchPolicy;
import org.safeguardinghub.identity.matching.MatchThresholds;
import org.safeguardinghub.identity.matching.PersonRecord;
import org.safeguardinghub.identity.matching.PriorModel;
import org.safeguardinghub.identity.matching.TermFrequencies;
import org.springframework.stereotype.Component;

/**
 * The register's hard stops applied to the links the exact rules find (issue 13): a subject is
 * held from a child when a hard stop applies under every name the child is known by. The weight
 * shown with it, for ordering the review queue, is the prior model's without name frequencies:
 * this runs for every exact link, so it looks nothing up.
 */
@Component
class ExactLinkChecks implements LinkChecks {

    private static final MatchPolicy POLICY = MatchPolicy.withHardStops(PriorModel.with(TermFrequencies.of(List.of())),
            MatchThresholds.forPopulation(NearMatchFinder.LEAST_POPULATION));

    @Override
    public Optional<Held> hold(Subject subject, Evidence evidence, List<Subject> knownAs) {
        PersonRecord incoming = PersonRecord.of("incoming", subject);
        Held strongest = null;
        for (Subject known : knownAs) {
            Optional<MatchOutcome.NeedsReview> held = POLICY.hold(incoming, PersonRecord.of("known", known),
                    evidence.identifier());
            if (held.isEmpty()) {
                return Optional.empty();
            }
            if (strongest == null || held.get().weight() > strongest.weight()) {
                List<String> reasons = new java.util.ArrayList<>(held.get().reasons());
                reasons.addFirst(found(evidence));
                strongest = new Held(held.get().label(), held.get().weight(), reasons);
            }
        }
        return Optional.ofNullable(strongest);
    }

    private static String found(Evidence evidence) {
        return switch (evidence) {
            case NHS_NUMBER -> "found by the same NHS number";
            case UPN -> "found by the same unique pupil number";
            case LOCAL_ID -> "found by the same local id from this agency";
            case NAME_AND_DATE_OF_BIRTH -> "found by the same name and date of birth";
        };
    }
}
