package org.safeguardinghub.oversight.rules;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.safeguardinghub.chronology.EventFact;
import org.safeguardinghub.shared.HubTime;

/**
 * Sliding windows over events in time order (both ends inclusive): which events fall in at least
 * one window that meets a threshold, and the most any one window holds.
 */
final class Windows {

    /** The events that met a threshold, and the largest count any single window reached. */
    record Result(Set<EventFact> events, int most) {

        boolean met() {
            return !events.isEmpty();
        }
    }

    private Windows() {
    }

    static UnaryOperator<Instant> months(int months) {
        return t -> t.atZone(HubTime.ZONE).plusMonths(months).toInstant();
    }

    static UnaryOperator<Instant> days(int days) {
        return t -> t.atZone(HubTime.ZONE).plusDays(days).toInstant();
    }

    /** Windows holding at least {@code count} events. */
    static Result ofCount(List<EventFact> sorted, int count, UnaryOperator<Instant> windowEnd) {
        Set<EventFact> met = new LinkedHashSet<>();
        int most = 0;
        int end = 0;
        for (int start = 0; start < sorted.size(); start++) {
            Instant last = windowEnd.apply(sorted.get(start).occurredAt());
            end = Math.max(end, start);
            while (end + 1 < sorted.size() && !sorted.get(end + 1).occurredAt().isAfter(last)) {
                end++;
            }
            int size = end - start + 1;
            if (size >= count) {
                met.addAll(sorted.subList(start, end + 1));
                most = Math.max(most, size);
            }
        }
        return new Result(met, most);
    }

    /** Windows holding events from at least {@code agencies} different agencies. */
    static Result ofAgencies(List<EventFact> sorted, int agencies, UnaryOperator<Instant> windowEnd) {
        Set<EventFact> met = new LinkedHashSet<>();
        int most = 0;
        Map<UUID, Integer> inWindow = new HashMap<>();
        int end = -1;
        for (int start = 0; start < sorted.size(); start++) {
            Instant last = windowEnd.apply(sorted.get(start).occurredAt());
            while (end + 1 < sorted.size() && !sorted.get(end + 1).occurredAt().isAfter(last)) {
                end++;
                inWindow.merge(sorted.get(end).agencyId(), 1, Integer::sum);
            }
            if (inWindow.size() >= agencies) {
                met.addAll(sorted.subList(start, end + 1));
                most = Math.max(most, inWindow.size());
            }
            inWindow.computeIfPresent(sorted.get(start).agencyId(), (k, v) -> v == 1 ? null : v - 1);
        }
        return new Result(met, most);
    }
}
