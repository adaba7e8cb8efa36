package org.safeguardinghub.risk.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.safeguardinghub.risk.RiskHistory;
import org.safeguardinghub.risk.RiskLevel;

/**
 * Lays out a child's exploitation risk over time: one lane per level (high at the top), the level
 * in force as a stepped line from the first screening to now, each tool suggestion a circle and
 * each judgement a square, so a judgement above or below the tool stands out. Pure geometry; the
 * page draws it as SVG beside a table that says the same.
 */
public final class RiskLineLayout {

    public static final int WIDTH = 960;
    static final int LABEL_WIDTH = 90;
    static final int LANE_HEIGHT = 36;
    static final int TOP = 14;
    static final int AXIS_HEIGHT = 24;

    /** A level's lane. */
    public record Lane(RiskLevel level, int y) {
    }

    /** A mark: a tool suggestion or a judgement, at one screening. */
    public record Mark(int x, int y, boolean judgement) {
    }

    public record Layout(int width, int height, int plotLeft, int plotRight, List<Lane> lanes, String line,
                         List<Mark> marks, Instant start, Instant end) {

        public int axisY() {
            return height - AXIS_HEIGHT;
        }
    }

    private RiskLineLayout() {
    }

    public static Layout layout(RiskHistory history, Instant now) {
        List<RiskHistory.Point> points = history.line();
        Instant start = points.isEmpty() ? now : points.getFirst().at();
        Instant end = now.isAfter(start) ? now : start.plus(Duration.ofDays(1));
        int plotLeft = LABEL_WIDTH;
        int plotRight = WIDTH - 12;
        List<Lane> lanes = new ArrayList<>();
        for (RiskLevel level : RiskLevel.values()) {
            lanes.add(new Lane(level, y(level)));
        }
        StringBuilder line = new StringBuilder();
        List<Mark> marks = new ArrayList<>();
        Integer lastY = null;
        for (RiskHistory.Point p : points) {
            int x = x(p.at(), start, end, plotLeft, plotRight);
            if (lastY != null) {
                line.append(x).append(',').append(lastY).append(' ');
            }
            line.append(x).append(',').append(y(p.inForce())).append(' ');
            lastY = y(p.inForce());
            if (p.kind() == RiskHistory.PointKind.SCREENED) {
                marks.add(new Mark(x, y(p.tool()), false));
                marks.add(new Mark(x, y(p.judged()), true));
            }
        }
        if (lastY != null) {
            line.append(plotRight).append(',').append(lastY);
        }
        int height = TOP + RiskLevel.values().length * LANE_HEIGHT + AXIS_HEIGHT;
        return new Layout(WIDTH, height, plotLeft, plotRight, lanes, line.toString().strip(), marks, start, end);
    }

    /** High at the top. */
    static int y(RiskLevel level) {
        return TOP + (RiskLevel.values().length - 1 - level.ordinal()) * LANE_HEIGHT + LANE_HEIGHT / 2;
    }

    static int x(Instant at, Instant start, Instant end, int left, int right) {
        double share = (double) Duration.between(start, at).toMillis() / Duration.between(start, end).toMillis();
        return left + (int) Math.round(Math.clamp(share, 0, 1) * (right - left));
    }
}
