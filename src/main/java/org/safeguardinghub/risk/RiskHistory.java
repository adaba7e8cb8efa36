package org.safeguardinghub.risk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A child's screenings and the level in force over time: a point when each screening was completed
 * (the level it put in force, the tool's proposal and the judgement) and one when a manager agreed
 * to a lowering, which is when the lower level took effect.
 *
 * @param screenings newest first
 * @param line       oldest first
 */
public record RiskHistory(List<Screening> screenings, List<Point> line) {

    public RiskHistory {
        screenings = List.copyOf(screenings);
        line = List.copyOf(line);
    }

    public enum PointKind { SCREENED, AGREED }

    /** The level in force from {@code at}, with the screening's tool proposal and judgement. */
    public record Point(Instant at, PointKind kind, RiskLevel inForce, RiskLevel tool, RiskLevel judged, UUID screeningId) {
    }

    /** From the child's screenings, in any order. */
    public static RiskHistory of(List<Screening> screenings) {
        List<Screening> oldestFirst = screenings.stream()
                .sorted(Comparator.comparing(Screening::screenedAt).thenComparing(Screening::id)).toList();
        List<Point> line = new ArrayList<>();
        for (Screening s : oldestFirst) {
            RiskLevel then = s.needsAgreement() ? s.toolLevel().atLeast(s.levelBefore()) : s.judgedLevel();
            line.add(new Point(s.screenedAt(), PointKind.SCREENED, then, s.toolLevel(), s.judgedLevel(), s.id()));
            if (s.needsAgreement() && s.agreement() != null && s.agreement().agreed()) {
                line.add(new Point(s.agreement().at(), PointKind.AGREED, s.judgedLevel(), s.toolLevel(), s.judgedLevel(),
                        s.id()));
            }
        }
        line.sort(Comparator.comparing(Point::at));
        return new RiskHistory(oldestFirst.reversed(), line);
    }

    public Optional<Screening> latest() {
        return screenings.stream().findFirst();
    }

    /** The level in force now: the latest screening's (empty if the child was never screened). */
    public Optional<RiskLevel> current() {
        return latest().map(Screening::levelInForce);
    }

    public Optional<Screening> screening(UUID id) {
        return screenings.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
