package org.safeguardinghub.oversight.internal;

import org.safeguardinghub.oversight.Disagreements;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Moves overdue disagreements up a stage, every quarter of an hour by default. */
@Component
class EscalationJob {

    private final Disagreements disagreements;

    EscalationJob(Disagreements disagreements) {
        this.disagreements = disagreements;
    }

    @Scheduled(fixedDelayString = "${safeguarding.oversight.escalation-check:PT15M}", initialDelayString = "PT30S")
    void run() {
        disagreements.escalateOverdue();
    }
}
