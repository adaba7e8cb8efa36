package org.safeguardinghub.chronology.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.safeguardinghub.chronology.ChronologyEntry;
import org.safeguardinghub.chronology.Significance;
import org.safeguardinghub.shared.HubTime;

/**
 * Lays out the visual timeline: one lane per agency, each event a mark at the time it happened,
 * coloured by significance, and each episode (a missing episode) a bar as long as it lasted, so
 * growing frequency and duration are visible at a glance (seeds 001, 003 §66). Pure geometry; the
 * page draws the result as SVG.
 */
public final class TimelineLayout {

    public static final int WIDTH = 960;
    static final int LABEL_WIDTH = 130;
    static final int LANE_HEIGHT = 28;
    static final int TOP = 10;
    static final int AXIS_HEIGHT = 24;
    static final int MIN_BAR = 3;

    public record Lane(String agencyCode, String agencyName, int y) {
    }

    /**
     * An event: a mark at {@code x}, or a bar from {@code x} to {@code x2} for an episode. Size and
     * colour both tell the significance, so it does not rest on colour alone; every colour has at
     * least 3:1 contrast with the white background (WCAG 1.4.11).
     */
    public record Mark(UUID eventId, int x, int x2, int y, boolean bar, Significance significance,
                       String label, boolean restricted) {

        public int width() {
            return Math.max(x2 - x, MIN_BAR);
        }

        public String colour() {
            return switch (significance) {
                case CRITICAL -> "#d4351c";
                case SIGNIFICANT -> "#b25200";
                case ROUTINE -> "#505a5f";
            };
        }

        public double radius() {
            return switch (significance) {
                case CRITICAL -> 7;
                case SIGNIFICANT -> 5.5;
                case ROUTINE -> 4;
            };
        }
    }

    public record Tick(int x, String label) {
    }

    public record Layout(int width, int height, int plotLeft, int plotRight, List<Lane> lanes, List<Mark> marks,
                         List<Tick> ticks, Instant start, Instant end) {

        public int axisY() {
            return height - AXIS_HEIGHT;
        }
    }

    private TimelineLayout() {
    }

    /**
     * @param entries the events to draw, any order
     * @param start   the left edge (e.g. the filter's from date), or null for the earliest event
     * @param end     the right edge, or null for the latest event or episode end
     * @param locale  for month names on the axis
     */
    public static Layout layout(List<ChronologyEntry> entries, Instant start, Instant end, Locale locale) {
        Map<String, Lane> lanes = new LinkedHashMap<>();
        entries.stream().map(e -> e.agencyCode() + "\u0000" + e.agencyName()).distinct().sorted().forEach(key -> {
            String[] parts = key.split("\u0000", 2);
            lanes.put(parts[0], new Lane(parts[0], parts[1], TOP + lanes.size() * LANE_HEIGHT + LANE_HEIGHT / 2));
        });
        Instant from = start != null ? start : entries.stream().map(ChronologyEntry::occurredAt)
                .min(Comparator.naturalOrder()).orElse(Instant.EPOCH);
        Instant to = end != null ? end : entries.stream()
                .map(e -> e.endedAt() != null && e.endedAt().isAfter(e.occurredAt()) ? e.endedAt() : e.occurredAt())
                .max(Comparator.naturalOrder()).orElse(from);
        if (!to.isAfter(from)) {
            to = from.plus(1, ChronoUnit.DAYS);
        }
        int plotLeft = LABEL_WIDTH;
        int plotRight = WIDTH - 10;
        Scale scale = new Scale(from, to, plotLeft, plotRight);
        List<Mark> marks = new ArrayList<>();
        for (ChronologyEntry e : entries) {
            // a restricted entry shows only that it exists, when and whose: never as an episode's bar
            boolean bar = !e.restricted() && e.type().isEpisode() && e.endedAt() != null;
            int x = scale.x(e.occurredAt());
            int x2 = bar ? scale.x(e.endedAt()) : x;
            marks.add(new Mark(e.eventId(), x, x2, lanes.get(e.agencyCode()).y(), bar, e.significance(),
                    e.restricted() ? "RESTRICTED" : e.type().name(), e.restricted()));
        }
        int height = TOP + lanes.size() * LANE_HEIGHT + AXIS_HEIGHT + 6;
        return new Layout(WIDTH, height, plotLeft, plotRight, List.copyOf(lanes.values()), marks,
                ticks(from, to, scale, locale), from, to);
    }

    /** Year ticks for spans over two years, otherwise month ticks (every few months if crowded). */
    static List<Tick> ticks(Instant from, Instant to, Scale scale, Locale locale) {
        LocalDate first = LocalDate.ofInstant(from, HubTime.ZONE);
        LocalDate last = LocalDate.ofInstant(to, HubTime.ZONE);
        List<Tick> ticks = new ArrayList<>();
        if (ChronoUnit.MONTHS.between(first, last) > 24) {
            for (LocalDate d = first.withDayOfYear(1).plusYears(1); !d.isAfter(last); d = d.plusYears(1)) {
                ticks.add(new Tick(scale.x(d.atStartOfDay(HubTime.ZONE).toInstant()), String.valueOf(d.getYear())));
            }
        } else {
            long months = Math.max(ChronoUnit.MONTHS.between(first, last), 1);
            int step = (int) Math.max(1, months / 8 + (months % 8 == 0 ? 0 : 1));
            for (LocalDate d = first.withDayOfMonth(1).plusMonths(1); !d.isAfter(last); d = d.plusMonths(step)) {
                ZonedDateTime at = d.atStartOfDay(HubTime.ZONE);
                ticks.add(new Tick(scale.x(at.toInstant()),
                        d.getMonth().getDisplayName(TextStyle.SHORT, locale) + " " + d.getYear()));
            }
        }
        return ticks;
    }

    /** Maps instants linearly onto [left, right], clamping anything outside the window to its edge. */
    record Scale(Instant from, Instant to, int left, int right) {

        int x(Instant t) {
            double span = to.toEpochMilli() - from.toEpochMilli();
            double fraction = (t.toEpochMilli() - from.toEpochMilli()) / span;
            fraction = Math.max(0, Math.min(1, fraction));
            return (int) Math.round(left + fraction * (right - left));
        }
    }
}
