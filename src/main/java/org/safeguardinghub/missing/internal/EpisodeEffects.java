package org.safeguardinghub.missing.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.missing.MissingProperties;
import org.springframework.stereotype.Component;

/**
 * What follows a change to episodes, whichever way it came (the forms, the feed, a chronology
 * entry), in the same transaction: the alert rules are looked at again, people are told of an
 * episode that began recently (an older one is history being loaded), and the police forces that saw
 * an episode keep sight of it for a while once it ends.
 */
@Component
public class EpisodeEffects {

    private final MissingAlerts alerts;
    private final EpisodeNotifier notifier;
    private final MissingProperties settings;
    private final Clock clock;

    EpisodeEffects(MissingAlerts alerts, EpisodeNotifier notifier, MissingProperties settings, Clock clock) {
        this.alerts = alerts;
        this.notifier = notifier;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * @param children     every child whose episodes or interviews changed
     * @param recordedBy   the practitioner who recorded the change (not told of it), or null
     * @param by           who made the change, for grants and the episodes' history
     */
    public void after(EpisodeBook.Outcome outcome, Collection<ChildId> children, UUID recordedBy, String by) {
        Instant now = clock.instant();
        alerts.reconcile(outcome.episodes(), children, false);
        outcome.episodes().values().forEach(episodes -> episodes.forEach(episode -> {
            if (outcome.started().contains(episode.id()) && episode.startedAt().isAfter(now.minus(settings.newEpisodesWithin()))) {
                notifier.started(episode, recordedBy, by, now);
            }
            if (outcome.ended().contains(episode.id()) && !outcome.started().contains(episode.id())) {
                notifier.ended(episode, by);
            }
        }));
    }
}
