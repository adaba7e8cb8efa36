package org.safeguardinghub.oversight.web;

import java.util.List;

import org.safeguardinghub.chronology.ChildDeadlines;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.oversight.Disagreement;
import org.safeguardinghub.oversight.Disagreements;
import org.safeguardinghub.shared.HubTime;
import org.springframework.stereotype.Component;

/** The response due at the current stage of each open disagreement about the child. */
@Component
class DisagreementDeadlines implements ChildDeadlines {

    private final Disagreements disagreements;

    DisagreementDeadlines(Disagreements disagreements) {
        this.disagreements = disagreements;
    }

    @Override
    public List<Deadline> deadlines(OpenRecord record) {
        return disagreements.forChild(record).stream().filter(d -> d.status() == Disagreement.Status.OPEN)
                .map(d -> new Deadline(HubTime.endOf(d.stageDueOn()),
                        true, "disagreement.due.response", List.of(d.stage()),
                        "/children/" + d.child() + "/disagreements/" + d.id()))
                .toList();
    }
}
