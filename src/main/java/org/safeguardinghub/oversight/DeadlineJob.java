package org.safeguardinghub.oversight;

import java.time.Clock;
import java.util.Map;
import java.util.Set;

import org.safeguardinghub.chronology.ChildId;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Looks again at the children whose time-based rules have reached their deadline (e.g. 72 hours
 * after a missing episode ended), and at no other child. Deadlines are taken in chunks with
 * {@code skip locked}, so several nodes can run the job at once without doing any child twice.
 */
@Component
class DeadlineJob {

    static final int CHUNK = 2000;

    private final AlertStore alerts;
    private final AlertEngine engine;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DeadlineJob(AlertStore alerts, AlertEngine engine, TransactionTemplate transaction, Clock clock) {
        this.alerts = alerts;
        this.engine = engine;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Runs until no deadline has passed; returns how many children it looked at. */
    @Scheduled(fixedDelayString = "${safeguarding.oversight.deadline-check:PT1M}", initialDelayString = "PT20S")
    public int run() {
        int children = 0;
        while (true) {
            Integer done = transaction.execute(status -> {
                Map<ChildId, Set<AlertCode>> due = alerts.claimDue(clock.instant(), CHUNK);
                engine.evaluate(due);
                return due.size();
            });
            if (done == null || done == 0) {
                return children;
            }
            children += done;
        }
    }
}
