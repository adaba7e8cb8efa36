package org.safeguardinghub.frontdoor.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.safeguardinghub.chronology.ChildPageSection;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.frontdoor.LevelsOfNeed;
import org.safeguardinghub.frontdoor.Thresholds;
import org.springframework.stereotype.Component;

/** The child's level of need now, at a glance at the top of the child's page. */
@Component
class LevelOfNeedSummary implements ChildPageSection {

    private final LevelsOfNeed levels;
    private final Thresholds thresholds;

    LevelOfNeedSummary(LevelsOfNeed levels, Thresholds thresholds) {
        this.levels = levels;
        this.thresholds = thresholds;
    }

    @Override
    public Place place() {
        return Place.SUMMARY;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Optional<View> render(OpenRecord record) {
        List<LevelsOfNeed.Change> history = levels.history(record.child());
        return Optional.of(new View("frontdoor/level", "glance", Map.of(
                "current", LevelsOfNeed.current(history).flatMap(l -> thresholds.current().level(l)).map(l -> (Object) l)
                        .orElse(""),
                "pending", LevelsOfNeed.pending(history).map(p -> (Object) p).orElse(""),
                "childId", record.child().toString())));
    }
}
