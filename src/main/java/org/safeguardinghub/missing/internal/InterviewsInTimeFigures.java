package org.safeguardinghub.missing.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.safeguardinghub.access.AccessDecision;
import org.safeguardinghub.access.Actor;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.ChildRecords;
import org.safeguardinghub.missing.Episode;
import org.safeguardinghub.missing.InterviewsInTime;
import org.safeguardinghub.missing.MissingProperties;
import org.safeguardinghub.missing.ReturnInterview;
import org.springframework.stereotype.Component;

/**
 * Gathers what {@link InterviewsInTimeRule} counts for one manager: the children with an episode that
 * ended in the period, of them those the manager may open (decided once for the request, as every
 * list decides), and of their episodes those the manager sees ({@link MissingReading}: every episode
 * of a child whose record they may see, else their agency's own). The figure names no child.
 */
@Component
public class InterviewsInTimeFigures {

    private final EpisodeStore store;
    private final ChildRecords records;
    private final EpisodeBook book;
    private final InterviewStore interviews;
    private final MissingProperties settings;
    private final Clock clock;

    InterviewsInTimeFigures(EpisodeStore store, ChildRecords records, EpisodeBook book, InterviewStore interviews,
                            MissingProperties settings, Clock clock) {
        this.store = store;
        this.records = records;
        this.book = book;
        this.interviews = interviews;
        this.settings = settings;
        this.clock = clock;
    }

    public InterviewsInTime of(Actor manager) {
        Instant now = clock.instant();
        List<ChildId> candidates = store.childrenWithEpisodesEndedSince(InterviewsInTimeRule.periodFrom(now));
        Map<ChildId, AccessDecision> decisions = records.decide(manager, candidates);
        Map<ChildId, List<Episode>> episodes = book.read(decisions.keySet());
        Map<ChildId, List<ReturnInterview>> offered = interviews.current(decisions.keySet());
        UUID agency = manager.agency().id();
        List<InterviewsInTimeRule.Ended> ended = new ArrayList<>();
        episodes.forEach((child, list) -> {
            boolean seesOthers = MissingReading.seesOthers(decisions.get(child).basis());
            List<ReturnInterview> theirs = offered.getOrDefault(child, List.of());
            list.stream().filter(e -> !e.ongoing() && (seesOthers || e.agencies().contains(agency)))
                    .forEach(e -> ended.add(new InterviewsInTimeRule.Ended(e.endedAt(),
                            ReturnInterviewOverdueRule.firstOffer(e, theirs))));
        });
        return InterviewsInTimeRule.evaluate(ended, settings.returnInterviewWithin(), now);
    }
}
