package org.safeguardinghub.oversight.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.safeguardinghub.alerts.AlertCode;
import org.safeguardinghub.chronology.EventFact;
import org.safeguardinghub.chronology.EventType;

/**
 * {@code RETURN_INTERVIEW_OVERDUE}: a missing episode has ended and no return interview was
 * offered within 72 hours (seeds 003 §66–71: return interviews were patchy). An interview counts
 * for an episode when it names that episode's eventId, or names none, and was offered after the
 * episode began and by its deadline. Until an episode's deadline passes the rule asks to be
 * rechecked then.
 */
public final class ReturnInterviewOverdue implements AlertRule {

    @Override
    public AlertCode code() {
        return AlertCode.RETURN_INTERVIEW_OVERDUE;
    }

    @Override
    public Set<EventType> watches() {
        return Set.of(EventType.MISSING_EPISODE, EventType.RETURN_INTERVIEW);
    }

    @Override
    public Evaluation evaluate(ChildFacts facts, RuleSettings settings, Instant now) {
        Duration allowed = Duration.ofHours(settings.get(RuleParameter.RETURN_INTERVIEW_HOURS));
        List<EventFact> interviews = facts.ofType(EventType.RETURN_INTERVIEW);
        List<EventFact> overdue = new ArrayList<>();
        Instant recheck = null;
        for (EventFact episode : facts.ofType(EventType.MISSING_EPISODE)) {
            if (episode.endedAt() == null) {
                continue;
            }
            Instant deadline = episode.endedAt().plus(allowed);
            boolean offered = interviews.stream().anyMatch(interview -> follows(interview, episode, deadline));
            if (offered) {
                continue;
            }
            if (now.isBefore(deadline)) {
                recheck = recheck == null || deadline.isBefore(recheck) ? deadline : recheck;
            } else {
                overdue.add(episode);
            }
        }
        Evaluation evaluation = overdue.isEmpty() ? Evaluation.notMet() : Evaluation.met(Finding.of(code(),
                List.of(Finding.Reason.of("RETURN_INTERVIEW_OVERDUE", overdue.size(), allowed.toHours())), overdue));
        return evaluation.recheckingAt(recheck);
    }

    private static boolean follows(EventFact interview, EventFact episode, Instant deadline) {
        boolean forThisEpisode = interview.missingEventId() == null
                || interview.missingEventId().equals(episode.sourceEventId())
                || interview.missingEventId().equals(episode.eventId().toString());
        Instant offered = interview.offeredAt();
        return forThisEpisode && !offered.isBefore(episode.occurredAt()) && !offered.isAfter(deadline);
    }
}
