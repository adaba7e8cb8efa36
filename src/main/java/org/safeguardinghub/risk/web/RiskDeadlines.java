package org.safeguardinghub.risk.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.safeguardinghub.chronology.ChildDeadlines;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.risk.RiskHistory;
import org.safeguardinghub.risk.Screening;
import org.safeguardinghub.risk.Screenings;
import org.safeguardinghub.shared.HubTime;
import org.springframework.stereotype.Component;

/**
 * The module's deadlines for a child: a manager's answer to a lowering waiting for one, the review
 * of the latest screening (its tool says how soon at each level), and a re-screen when significant
 * information has arrived since the last one.
 */
@Component
class RiskDeadlines implements ChildDeadlines {

    private final Screenings screenings;
    private final RiskTab tab;
    private final Clock clock;

    RiskDeadlines(Screenings screenings, RiskTab tab, Clock clock) {
        this.screenings = screenings;
        this.tab = tab;
        this.clock = clock;
    }

    @Override
    public List<Deadline> deadlines(OpenRecord record) {
        RiskHistory history = screenings.history(record);
        if (history.latest().isEmpty()) {
            return List.of();
        }
        Screening latest = history.latest().get();
        String risk = "/children/" + record.child() + "?tab=risk#tab";
        List<Deadline> due = new ArrayList<>();
        if (latest.awaitingAgreement()) {
            due.add(new Deadline(latest.agreementDueAt(), false, "risk.due.agreement", List.of(),
                    "/children/" + record.child() + "/risk/screenings/" + latest.id()));
        }
        screenings.reviewDue(latest).ifPresent(day -> due.add(new Deadline(HubTime.endOf(day), true, "risk.due.review",
                List.of(), risk)));
        if (tab.prompt(record, history).due()) {
            due.add(new Deadline(clock.instant(), false, "risk.due.rescreen", List.of(), risk));
        }
        return due;
    }
}
