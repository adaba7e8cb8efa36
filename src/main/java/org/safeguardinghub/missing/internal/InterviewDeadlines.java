package org.safeguardinghub.missing.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.missing.MissingProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Looks again at each child with an episode whose return-interview deadline has just passed, and
 * at no other child: {@code RETURN_INTERVIEW_OVERDUE} is raised then if no interview was offered in
 * time. Time is the application's clock, not the database's, so the deadline passes as the clock says.
 * Episodes are taken with {@code skip locked}, so several nodes can run it at once.
 */
@Component
public class InterviewDeadlines {

    static final int CHUNK = 500;

    private final EpisodeStore store;
    private final MissingAlerts alerts;
    private final MissingProperties settings;
    private final TransactionTemplate transaction;
    private final Clock clock;

    InterviewDeadlines(EpisodeStore store, MissingAlerts alerts, MissingProperties settings, TransactionTemplate transaction,
                       Clock clock) {
        this.store = store;
        this.alerts = alerts;
        this.settings = settings;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Looks at every child with an interview newly due; returns how many children. */
    @Scheduled(fixedDelayString = "${safeguarding.missing.deadline-check:PT1M}", initialDelayString = "PT40S")
    public int run() {
        int children = 0;
        while (true) {
            Integer done = transaction.execute(status -> {
                Instant cutoff = clock.instant().minus(settings.returnInterviewWithin());
                List<ChildId> due = store.interviewsNewlyDue(cutoff, CHUNK);
                alerts.reconcile(due, true);
                store.interviewsChecked(due, cutoff);
                return due.size();
            });
            if (done == null || done == 0) {
                return children;
            }
            children += done;
        }
    }
}
