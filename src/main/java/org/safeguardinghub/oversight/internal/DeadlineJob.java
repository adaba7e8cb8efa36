package org.safeguardinghub.oversight.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.safeguardinghub.alerts.AlertCode;
import org.safeguardinghub.chronology.ChildId;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Looks again at the children whose time-based rules have reached their deadline (e.g. 72 hours
 * after a missing episode ended), and at no other child. Deadlines are taken in chunks with
 * {@code skip locked}, so several workers, and several nodes, can run the job at once without
 * doing any child twice; while one worker waits for the database another uses the processor.
 */
@Component
public class DeadlineJob {

    static final int CHUNK = 2000;
    static final int WORKERS = 2;
    /**
     * How long a worker holds the deadlines it took; they come round again then if it stopped, or
     * if the rules failed for them (not at once: the job would go round and round).
     */
    static final Duration LEASE = Duration.ofMinutes(5);

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
    public int run() throws InterruptedException, ExecutionException {
        try (ExecutorService workers = Executors.newFixedThreadPool(WORKERS)) {
            List<Future<Integer>> done = new ArrayList<>();
            for (int i = 0; i < WORKERS; i++) {
                done.add(workers.submit(this::work));
            }
            int children = 0;
            for (Future<Integer> worker : done) {
                children += worker.get();
            }
            return children;
        }
    }

    private int work() {
        int children = 0;
        while (true) {
            // leased in a transaction of its own: an evaluation recording a new deadline for one of
            // these children must not wait on this job's hold of the old one
            Instant lease = clock.instant().plus(LEASE);
            Map<ChildId, Set<AlertCode>> due = transaction.execute(status -> alerts.claimDue(clock.instant(), CHUNK, lease));
            if (due == null || due.isEmpty()) {
                return children;
            }
            Map<ChildId, Scope> work = new HashMap<>();
            due.forEach((child, codes) -> work.put(child, Scope.whole(codes)));
            // the leases end first, so the deadlines this evaluation asks for are kept; should the
            // rules fail, the evaluation asks for these children again when the lease would have ended
            transaction.executeWithoutResult(status -> {
                alerts.release(due, lease);
                engine.evaluateOrDefer(work, lease);
            });
            children += due.size();
        }
    }
}
