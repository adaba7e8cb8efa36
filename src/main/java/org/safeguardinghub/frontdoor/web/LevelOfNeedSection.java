package org.safeguardinghub.frontdoor.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeguardinghub.chronology.ChildPageSection;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.frontdoor.Contacts;
import org.safeguardinghub.frontdoor.LevelsOfNeed;
import org.safeguardinghub.frontdoor.Thresholds;
import org.springframework.stereotype.Component;

/** The child's level of need over time, a change waiting for sign-off, and the child's contacts with their outcomes. */
@Component
class LevelOfNeedSection implements ChildPageSection {

    private final LevelsOfNeed levels;
    private final Contacts contacts;
    private final Thresholds thresholds;
    private final Clock clock;

    LevelOfNeedSection(LevelsOfNeed levels, Contacts contacts, Thresholds thresholds, Clock clock) {
        this.levels = levels;
        this.contacts = contacts;
        this.thresholds = thresholds;
        this.clock = clock;
    }

    @Override
    public String tab() {
        return "level-of-need";
    }

    @Override
    public String titleKey() {
        return "level.title";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<View> render(OpenRecord record) {
        List<LevelsOfNeed.Change> history = levels.history(record.child());
        Optional<LevelsOfNeed.Change> pending = LevelsOfNeed.pending(history);
        return Optional.of(new View("frontdoor/level", "section", Map.of(
                "history", history,
                "current", LevelsOfNeed.current(history).flatMap(l -> thresholds.current().level(l)).map(l -> (Object) l)
                        .orElse(""),
                "pending", pending.map(p -> (Object) p).orElse(""),
                "maySignOff", pending.map(p -> levels.maySignOff(record.viewer(), p)).orElse(false),
                "mayPropose", levels.mayPropose(record.viewer()) && pending.isEmpty(),
                "contacts", contacts.ofChild(record),
                "mayTriage", contacts.mayTriage(record.viewer()),
                "childId", record.child().toString(),
                "now", clock.instant())));
    }
}
