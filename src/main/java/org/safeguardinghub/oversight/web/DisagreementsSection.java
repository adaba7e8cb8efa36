package org.safeguardinghub.oversight.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.safeguardinghub.chronology.ChildPageSection;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.oversight.Disagreement;
import org.safeguardinghub.oversight.Disagreements;
import org.springframework.stereotype.Component;

/** Open professional disagreements about decisions on the child, and the way to raise one. */
@Component
class DisagreementsSection implements ChildPageSection {

    private final Disagreements disagreements;
    private final Clock clock;

    DisagreementsSection(Disagreements disagreements, Clock clock) {
        this.disagreements = disagreements;
        this.clock = clock;
    }

    @Override
    public String tab() {
        return "disagreements";
    }

    @Override
    public String titleKey() {
        return "disagreements.title";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<View> render(OpenRecord record) {
        return Optional.of(new View("oversight/disagreements", "section", Map.of(
                "disagreements", disagreements.forChild(record).stream()
                        .filter(d -> d.status() == Disagreement.Status.OPEN).toList(),
                "childId", record.child().toString(), "today", LocalDate.now(clock))));
    }
}
