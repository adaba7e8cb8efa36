package org.safeguardinghub.missing.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.EventType;
import org.safeguardinghub.chronology.EventsRecorded;
import org.safeguardinghub.chronology.RecordedContents;
import org.safeguardinghub.missing.ReturnInterview;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Episodes and return interviews that reach the chronology other than through this module's forms —
 * sent by partner systems as {@code MISSING_EPISODE} and {@code RETURN_INTERVIEW} events, or recorded
 * by practitioners as chronology entries — become reports and interviews here, in the transaction
 * that records them (ADR 0012), and are merged with what the module already knows. A correction of
 * such an event (or a merge of two children's records, which moves events) becomes a new version of
 * its report or interview. The module's own entries, which carry {@link EntryDetails#REPORT} or
 * {@link EntryDetails#INTERVIEW}, are already known and are not counted twice.
 */
@Component
class ChronologyEpisodes {

    private static final Set<EventType> WATCHED = Set.of(EventType.MISSING_EPISODE, EventType.RETURN_INTERVIEW);

    private final RecordedContents recorded;
    private final EpisodeStore episodes;
    private final InterviewStore interviews;
    private final EpisodeBook book;
    private final EpisodeEffects effects;
    private final FeedReports reports;

    ChronologyEpisodes(RecordedContents recorded, EpisodeStore episodes, InterviewStore interviews, EpisodeBook book,
                       EpisodeEffects effects, FeedReports reports) {
        this.recorded = recorded;
        this.episodes = episodes;
        this.interviews = interviews;
        this.book = book;
        this.effects = effects;
        this.reports = reports;
    }

    @EventListener
    void on(EventsRecorded events) {
        Set<UUID> ids = new LinkedHashSet<>();
        events.events().stream().filter(e -> WATCHED.contains(e.type())).forEach(e -> ids.add(e.eventId()));
        if (ids.isEmpty()) {
            return;
        }
        List<RecordedContents.Content> contents = recorded.of(ids).stream()
                .filter(c -> events.fromPartnerFeed() || !EntryDetails.isOwn(c.details())).toList();
        Map<UUID, EpisodeStore.Row> known = new HashMap<>();
        if (events.correction()) {
            // only a correction (or a merge) names events recorded before: new events have no report yet
            episodes.byEvents(ids).forEach(r -> known.put(r.report().eventId(), r));
        }
        Set<ChildId> children = new LinkedHashSet<>();
        List<EpisodeBook.Change> changes = new ArrayList<>();
        for (RecordedContents.Content content : contents) {
            EpisodeStore.Row was = known.get(content.eventId());
            if (content.type() == EventType.MISSING_EPISODE && (was == null || events.correction())) {
                changes.add(new EpisodeBook.Change(reports.report(content, events.fromPartnerFeed(), was),
                        was, was == null ? "REPORTED" : "CORRECTED"));
            } else if (content.type() != EventType.MISSING_EPISODE && was != null) {
                changes.add(new EpisodeBook.Change(null, was, "WITHDRAWN"));
            }
        }
        changes.forEach(c -> children.add((c.report() != null ? c.report() : c.replaces().report()).child()));
        children.addAll(interviews(contents, events));
        EpisodeBook.Outcome outcome = book.apply(changes, "system:chronology");
        effects.after(outcome, children, null, "system:chronology");
    }

    /** Takes in the interviews among the events (a correction replaces the interview it corrects); returns their children. */
    private Set<ChildId> interviews(List<RecordedContents.Content> contents, EventsRecorded events) {
        Map<UUID, ReturnInterview> known = new HashMap<>();
        if (events.correction()) {
            interviews.byEvents(contents.stream().map(RecordedContents.Content::eventId).toList())
                    .forEach(i -> known.put(i.eventId(), i));
        }
        List<ReturnInterview> added = new ArrayList<>();
        Set<UUID> replaced = new HashSet<>();
        Set<ChildId> children = new LinkedHashSet<>();
        for (RecordedContents.Content content : contents) {
            ReturnInterview was = known.get(content.eventId());
            if (was != null && events.correction()) {
                replaced.add(was.id());
                children.add(was.child());
            }
            if (content.type() == EventType.RETURN_INTERVIEW && (was == null || events.correction())) {
                added.add(reports.interview(content, events.fromPartnerFeed()));
                children.add(content.child());
            }
        }
        if (!replaced.isEmpty()) {
            interviews.supersede(replaced);
        }
        interviews.insert(added);
        return children;
    }
}
