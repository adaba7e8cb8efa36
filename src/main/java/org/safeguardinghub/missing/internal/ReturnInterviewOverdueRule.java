package org.safeguardinghub.missing.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.safeguardinghub.missing.Episode;
import org.safeguardinghub.missing.ReturnInterview;

/**
 * {@code RETURN_INTERVIEW_OVERDUE}: an episode has ended and no return interview was offered within
 * 72 hours (contract default; DESIGN.md, statutory timescales). Return interviews were patchy for
 * the children of the reviews (seeds 003_… §66–71). An interview counts for an episode when it names
 * one of the episode's reports (by the partner's eventId, the hub's entry or report id) or names
 * none, and was offered after the episode began and by its deadline. Until a deadline passes the
 * rule asks to be looked at again then. Plain Java.
 */
public final class ReturnInterviewOverdueRule {

    private ReturnInterviewOverdueRule() {
    }

    public static RuleOutcome evaluate(List<Episode> episodes, List<ReturnInterview> interviews, Duration within,
                                       Instant now) {
        List<Episode> overdue = new ArrayList<>();
        Instant recheck = null;
        for (Episode episode : episodes.stream().sorted(Comparator.comparing(Episode::startedAt)).toList()) {
            if (episode.ongoing()) {
                continue;
            }
            Instant deadline = ReturnInterviewClock.due(episode.endedAt(), within);
            if (firstOffer(episode, interviews).filter(offered -> !offered.isAfter(deadline)).isPresent()) {
                continue;
            }
            if (now.isBefore(deadline)) {
                recheck = recheck == null || deadline.isBefore(recheck) ? deadline : recheck;
            } else {
                overdue.add(episode);
            }
        }
        Optional<Instant> again = Optional.ofNullable(recheck);
        return overdue.isEmpty() ? RuleOutcome.notMet(again) : RuleOutcome.met(List.of(RuleOutcome.Reason.of(
                "RETURN_INTERVIEW_OVERDUE", overdue.size(), within.toHours())), overdue, again);
    }

    /** When an interview that counts for this episode was first offered (after it began). */
    public static Optional<Instant> firstOffer(Episode episode, List<ReturnInterview> interviews) {
        return interviews.stream().filter(i -> countsFor(i, episode)).map(ReturnInterview::offeredAt)
                .min(Comparator.naturalOrder());
    }

    public static boolean countsFor(ReturnInterview interview, Episode episode) {
        boolean forThisEpisode = interview.missingEventId() == null || episode.isNamedBy(interview.missingEventId());
        return forThisEpisode && !interview.offeredAt().isBefore(episode.startedAt());
    }
}
