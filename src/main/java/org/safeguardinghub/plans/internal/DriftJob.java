package org.safeguardinghub.plans.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.safeguardinghub.chronology.ChildId;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The plans' deadline job: looks at the children one of whose open plans has reached the day it
 * could begin to drift (a review date passed, an action crossing its overdue or no-progress limit),
 * and at no other child, in chunks held with {@code skip locked} so several nodes can run it at once
 * without doing a child twice. Changes to plans are evaluated when they are made; this job covers
 * only the passing of time, which SQL's {@code now()} does not see in tests: the day is the
 * application clock's.
 */
@Component
public class DriftJob {

    static final int CHUNK = 1000;

    private final DriftStore store;
    private final DriftReports reports;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DriftJob(DriftStore store, DriftReports reports, TransactionTemplate transaction, Clock clock) {
        this.store = store;
        this.reports = reports;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Runs until no child is due; returns how many children it looked at. */
    @Scheduled(fixedDelayString = "${safeguarding.plans.deadline-check:PT1M}",
            initialDelayString = "${safeguarding.plans.deadline-check:PT1M}")
    public int run() {
        int children = 0;
        while (true) {
            Integer done = transaction.execute(status -> {
                List<ChildId> due = store.due(LocalDate.now(clock), CHUNK);
                reports.evaluate(due);
                return due.size();
            });
            children += done == null ? 0 : done;
            if (done == null || done < CHUNK) {
                return children;
            }
        }
    }
}
