package org.safeguardinghub.risk.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.safeguardinghub.chronology.EventFact;
import org.safeguardinghub.chronology.EventType;
import org.safeguardinghub.risk.Reason;
import org.safeguardinghub.risk.ToolDefinition;

/**
 * Whether what has happened since the child's last screening calls for a new one: an exploitation
 * concern or disclosure (the tool's trigger types), a contact of a trigger category (CSE), or
 * missing episodes rising (so many within a span, or one over so many hours). The reviews saw
 * missing episodes "lengthened in frequency and intensity" while the child stayed at 'medium' for
 * years (seeds 001). Each trigger keeps its events, so a page says its reason only to a reader who
 * may read every one of them. Plain Java.
 */
public final class RescreenRule {

    /** One reason to re-screen and the events behind it. */
    public record Trigger(Reason reason, List<UUID> events) {

        public Trigger {
            events = List.copyOf(events);
        }
    }

    private RescreenRule() {
    }

    /** The triggers since {@code since} (the last screening), from the child's current events of any type. */
    public static List<Trigger> triggers(ToolDefinition.Rescreen rescreen, Instant since, List<EventFact> facts) {
        List<Trigger> triggers = new ArrayList<>();
        List<EventFact> after = facts.stream().filter(f -> f.occurredAt().isAfter(since))
                .sorted(Comparator.comparing(EventFact::occurredAt)).toList();
        for (EventType type : rescreen.types().stream().sorted().toList()) {
            List<UUID> ids = after.stream().filter(f -> f.type() == type).map(EventFact::eventId).toList();
            if (!ids.isEmpty()) {
                triggers.add(new Trigger(Reason.of("risk.rescreen.type", ids.size(), "event.types." + type), ids));
            }
        }
        List<UUID> contacts = after.stream().filter(f -> f.type() == EventType.CONTACT)
                .filter(f -> f.categories().stream().anyMatch(rescreen.contactCategories()::contains))
                .map(EventFact::eventId).toList();
        if (!contacts.isEmpty()) {
            triggers.add(new Trigger(Reason.of("risk.rescreen.contact", contacts.size()), contacts));
        }
        missing(rescreen, since, facts, triggers);
        return triggers;
    }

    private static void missing(ToolDefinition.Rescreen rescreen, Instant since, List<EventFact> facts,
                                List<Trigger> triggers) {
        List<EventFact> episodes = facts.stream().filter(f -> f.type() == EventType.MISSING_EPISODE)
                .sorted(Comparator.comparing(EventFact::occurredAt)).toList();
        Duration longest = Duration.ofHours(rescreen.missingLongerThanHours());
        List<UUID> tooLong = episodes.stream().filter(e -> e.occurredAt().isAfter(since) && e.endedAt() != null
                && Duration.between(e.occurredAt(), e.endedAt()).compareTo(longest) > 0).map(EventFact::eventId).toList();
        if (!tooLong.isEmpty()) {
            triggers.add(new Trigger(Reason.of("risk.rescreen.missingLong", rescreen.missingLongerThanHours()), tooLong));
        }
        for (EventFact last : episodes.reversed()) {
            if (!last.occurredAt().isAfter(since)) {
                break;
            }
            Instant from = last.occurredAt().minus(Duration.ofDays(rescreen.missingWithinDays()));
            List<UUID> within = episodes.stream().filter(e -> e.occurredAt().isAfter(from)
                    && !e.occurredAt().isAfter(last.occurredAt())).map(EventFact::eventId).toList();
            if (within.size() >= rescreen.missingEpisodes()) {
                triggers.add(new Trigger(Reason.of("risk.rescreen.missingFrequent", within.size(),
                        rescreen.missingWithinDays()), within));
                return;
            }
        }
    }
}
