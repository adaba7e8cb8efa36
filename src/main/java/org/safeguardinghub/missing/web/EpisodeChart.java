package org.safeguardinghub.missing.web;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.safeguardinghub.missing.MissingFrom;
import org.safeguardinghub.shared.HubTime;

/**
 * Lays out the child's missing chart: above, episodes counted per month, stacked by where the child
 * went missing from (home, care, school in different colours); below, one bar per episode as long as
 * it lasted, in the order they happened, with the least-squares trend of their lengths, so that
 * episodes that "lengthened in frequency and intensity" (seeds 001_…) are seen at a glance. Pure
 * geometry; the page draws it as SVG, with the same figures in tables beside it.
 */
public final class EpisodeChart {

    public static final int WIDTH = 960;
    static final int LEFT = 48;
    static final int RIGHT = WIDTH - 12;
    static final int COUNT_TOP = 28;
    static final int COUNT_HEIGHT = 120;
    static final int LENGTH_TOP = COUNT_TOP + COUNT_HEIGHT + 56;
    static final int LENGTH_HEIGHT = 140;
    public static final int HEIGHT = LENGTH_TOP + LENGTH_HEIGHT + 30;

    /** One episode as drawn: when, how long (null while it goes on), from where (null if no report says). */
    public record Drawn(Instant startedAt, Duration length, MissingFrom from) {
    }

    /** A part of a month's bar. */
    public record Block(int x, int y, int width, int height, String colour, String month, MissingFrom from, int count) {
    }

    /** An episode's bar in the lower chart. */
    public record Bar(int x, int y, int width, int height, String colour, long minutes, boolean ongoing) {
    }

    public record Label(int x, int y, String text) {
    }

    /** The chart: blocks, bars, the trend line (if two or more ended episodes) and its direction, axis labels. */
    public record Layout(List<Block> blocks, List<Bar> bars, List<Label> monthLabels, List<Label> countTicks,
                         List<Label> hourTicks, Trend trend, int trendX1, int trendY1, int trendX2, int trendY2,
                         int maxCount, long maxHours) {

        public int width() {
            return WIDTH;
        }

        public int height() {
            return HEIGHT;
        }

        public int countTop() {
            return COUNT_TOP;
        }

        public int countBase() {
            return COUNT_TOP + COUNT_HEIGHT;
        }

        public int lengthTop() {
            return LENGTH_TOP;
        }

        public int lengthBase() {
            return LENGTH_TOP + LENGTH_HEIGHT;
        }

        public int left() {
            return LEFT;
        }

        public int right() {
            return RIGHT;
        }

        /** The colours, for the key: one per setting, and one for episodes no report says where from. */
        public List<Key> legend() {
            List<Key> keys = new ArrayList<>();
            for (MissingFrom from : MissingFrom.values()) {
                keys.add(new Key(from.name(), colour(from)));
            }
            keys.add(new Key("UNKNOWN", colour(null)));
            return keys;
        }
    }

    /** A colour of the key. */
    public record Key(String from, String colour) {
    }

    /** Whether episodes are getting longer, shorter, or neither, by the slope of the fitted line. */
    public enum Trend { LENGTHENING, SHORTENING, LEVEL, TOO_FEW }

    private EpisodeChart() {
    }

    public static String colour(MissingFrom from) {
        if (from == null) {
            return "#505a5f";
        }
        return switch (from) {
            case HOME -> "#1d70b8";
            case CARE -> "#912b88";
            case EDUCATION -> "#00703c";
        };
    }

    /** @param episodes in the order they began */
    public static Layout layout(List<Drawn> episodes, Instant now, Locale locale) {
        List<YearMonth> months = months(episodes, now);
        List<Block> blocks = new ArrayList<>();
        List<Label> monthLabels = new ArrayList<>();
        int maxCount = 1;
        Map<YearMonth, Map<MissingFrom, Integer>> counts = counts(episodes);
        for (Map<MissingFrom, Integer> month : counts.values()) {
            maxCount = Math.max(maxCount, month.values().stream().mapToInt(Integer::intValue).sum());
        }
        double slot = (double) (RIGHT - LEFT) / months.size();
        int step = Math.max(1, (int) Math.ceil(months.size() / 12.0));
        for (int i = 0; i < months.size(); i++) {
            YearMonth month = months.get(i);
            int x = (int) Math.round(LEFT + i * slot + slot * 0.15);
            int width = Math.max(1, (int) Math.round(slot * 0.7));
            int base = COUNT_TOP + COUNT_HEIGHT;
            for (Map.Entry<MissingFrom, Integer> part : counts.getOrDefault(month, Map.of()).entrySet()) {
                int height = (int) Math.round((double) part.getValue() / maxCount * COUNT_HEIGHT);
                base -= height;
                blocks.add(new Block(x, base, width, height, colour(part.getKey()), name(month, locale), part.getKey(),
                        part.getValue()));
            }
            if (i % step == 0) {
                monthLabels.add(new Label(x + width / 2, COUNT_TOP + COUNT_HEIGHT + 16, name(month, locale)));
            }
        }
        return lengths(episodes, now, blocks, monthLabels, maxCount);
    }

    private static Layout lengths(List<Drawn> episodes, Instant now, List<Block> blocks, List<Label> monthLabels, int maxCount) {
        long maxMinutes = Math.max(60, episodes.stream().mapToLong(e -> minutes(e, now)).max().orElse(60));
        long maxHours = (maxMinutes + 59) / 60;
        double slot = episodes.isEmpty() ? 1 : (double) (RIGHT - LEFT) / episodes.size();
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < episodes.size(); i++) {
            Drawn e = episodes.get(i);
            long minutes = minutes(e, now);
            int height = Math.max(1, (int) Math.round((double) minutes / (maxHours * 60) * LENGTH_HEIGHT));
            bars.add(new Bar((int) Math.round(LEFT + i * slot + slot * 0.15), LENGTH_TOP + LENGTH_HEIGHT - height,
                    Math.max(1, (int) Math.round(slot * 0.7)), height, colour(e.from()), minutes, e.length() == null));
        }
        Fit fit = fit(bars);
        int x1 = bars.isEmpty() ? 0 : bars.getFirst().x() + bars.getFirst().width() / 2;
        int x2 = bars.isEmpty() ? 0 : bars.getLast().x() + bars.getLast().width() / 2;
        return new Layout(blocks, bars, monthLabels, ticks(maxCount, COUNT_TOP, COUNT_HEIGHT),
                ticks(maxHours, LENGTH_TOP, LENGTH_HEIGHT), fit.trend(), x1, y(fit.at(0), maxHours), x2,
                y(fit.at(Math.max(0, bars.size() - 1)), maxHours), maxCount, maxHours);
    }

    /** The least-squares line through the ended episodes' lengths (minutes against their order). */
    record Fit(double intercept, double slope, Trend trend) {

        double at(int index) {
            return intercept + slope * index;
        }
    }

    static Fit fit(List<Bar> bars) {
        List<int[]> points = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            if (!bars.get(i).ongoing()) {
                points.add(new int[] {i, (int) bars.get(i).minutes()});
            }
        }
        if (points.size() < 2) {
            return new Fit(0, 0, Trend.TOO_FEW);
        }
        double n = points.size();
        double sx = points.stream().mapToDouble(p -> p[0]).sum();
        double sy = points.stream().mapToDouble(p -> p[1]).sum();
        double sxx = points.stream().mapToDouble(p -> (double) p[0] * p[0]).sum();
        double sxy = points.stream().mapToDouble(p -> (double) p[0] * p[1]).sum();
        double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        double intercept = (sy - slope * sx) / n;
        // a slope under a minute an episode is no trend worth drawing attention to
        Trend trend = slope >= 1 ? Trend.LENGTHENING : slope <= -1 ? Trend.SHORTENING : Trend.LEVEL;
        return new Fit(intercept, slope, trend);
    }

    private static int y(double minutes, long maxHours) {
        double clamped = Math.max(0, Math.min(minutes, maxHours * 60.0));
        return (int) Math.round(LENGTH_TOP + LENGTH_HEIGHT - clamped / (maxHours * 60) * LENGTH_HEIGHT);
    }

    private static List<Label> ticks(long max, int top, int height) {
        List<Label> ticks = new ArrayList<>();
        for (long value : new long[] {0, max / 2, max}) {
            ticks.add(new Label(LEFT - 6, (int) Math.round(top + height - (double) value / Math.max(1, max) * height) + 4,
                    String.valueOf(value)));
        }
        return ticks.stream().distinct().toList();
    }

    static long minutes(Drawn e, Instant now) {
        Duration length = e.length() != null ? e.length() : Duration.between(e.startedAt(), now);
        return Math.max(0, length.toMinutes());
    }

    /** Every month from the first episode's to this one (at least the last twelve). */
    static List<YearMonth> months(List<Drawn> episodes, Instant now) {
        YearMonth last = YearMonth.from(now.atZone(HubTime.ZONE));
        YearMonth first = episodes.stream().map(e -> YearMonth.from(e.startedAt().atZone(HubTime.ZONE)))
                .min(YearMonth::compareTo).orElse(last);
        if (first.isAfter(last.minusMonths(11))) {
            first = last.minusMonths(11);
        }
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    static Map<YearMonth, Map<MissingFrom, Integer>> counts(List<Drawn> episodes) {
        Map<YearMonth, Map<MissingFrom, Integer>> counts = new java.util.TreeMap<>();
        for (Drawn e : episodes) {
            YearMonth month = YearMonth.from(e.startedAt().atZone(HubTime.ZONE));
            Map<MissingFrom, Integer> byFrom = counts.computeIfAbsent(month, m -> new java.util.LinkedHashMap<>());
            byFrom.merge(e.from(), 1, Integer::sum);
        }
        counts.replaceAll((m, byFrom) -> ordered(byFrom));
        return counts;
    }

    /** Home, care, school, then not known: the stacking order, whatever order the episodes came in. */
    private static Map<MissingFrom, Integer> ordered(Map<MissingFrom, Integer> byFrom) {
        Map<MissingFrom, Integer> ordered = new java.util.LinkedHashMap<>();
        Map<MissingFrom, Integer> known = new EnumMap<>(MissingFrom.class);
        byFrom.forEach((from, n) -> {
            if (from != null) {
                known.put(from, n);
            }
        });
        ordered.putAll(known);
        if (byFrom.containsKey(null)) {
            ordered.put(null, byFrom.get(null));
        }
        return ordered;
    }

    static String name(YearMonth month, Locale locale) {
        return month.getMonth().getDisplayName(TextStyle.SHORT, locale) + " " + month.getYear();
    }
}
