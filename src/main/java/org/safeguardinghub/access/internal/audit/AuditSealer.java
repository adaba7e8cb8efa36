package org.safeguardinghub.access.internal.audit;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Chains committed audit entries in id order, after the fact, so writing an entry never waits for
 * another request's commit (ADR 0020). Any node may run it; an advisory lock lets one seal at a
 * time, and the others skip their turn.
 */
@Component
public class AuditSealer {

    static final int BATCH = 1000;
    /** Batches per run at most, so a first run over a long existing log does not hold the scheduler's one thread for long. */
    static final int BATCHES_PER_RUN = 50;
    private static final Logger log = LoggerFactory.getLogger(AuditSealer.class);

    private final AuditChainStore store;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final AuditProperties properties;

    AuditSealer(AuditChainStore store, TransactionTemplate transactions, Clock clock, AuditProperties properties) {
        this.store = store;
        this.transactions = transactions;
        this.clock = clock;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${safeguarding.audit.seal-interval:PT10S}", initialDelayString = "PT15S")
    void sealOnSchedule() {
        seal(properties.sealHorizon());
    }

    /**
     * Seals the entries it may now (up to {@value #BATCHES_PER_RUN} batches; the next run goes on), a
     * batch per transaction, passing over missing ids only behind entries at least {@code horizon}
     * old; returns how many entries it sealed.
     */
    public int seal(Duration horizon) {
        SealingPolicy policy = new SealingPolicy(horizon);
        int total = 0;
        int batch = BATCH;
        for (int run = 0; run < BATCHES_PER_RUN && batch == BATCH; run++) {
            batch = transactions.execute(status -> sealBatch(policy));
            total += batch;
        }
        return total;
    }

    private int sealBatch(SealingPolicy policy) {
        if (!store.tryLock()) {
            return 0;
        }
        Seal last = store.lastSeal().orElse(Seal.START);
        List<AuditRow> rows = store.rowsAfter(last.eventId(), BATCH);
        SealingPolicy.Plan plan = policy.plan(last.eventId(),
                rows.stream().map(r -> new SealingPolicy.Pending(r.id(), r.at())).toList(), clock.instant());
        if (plan.stop() == SealingPolicy.Stop.YOUNG_GAP) {
            log.debug("Audit chain waits at entries {}..{}: missing, and younger than the horizon",
                    plan.missingFrom(), plan.missingTo());
        }
        List<Seal> seals = AuditChain.extend(last, rows.subList(0, plan.sealable()));
        store.insert(seals, clock.instant());
        return seals.size();
    }
}
