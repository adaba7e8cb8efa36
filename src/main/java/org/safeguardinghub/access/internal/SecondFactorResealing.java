package org.safeguardinghub.access.internal;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.safeguardinghub.access.internal.SecondFactorSeals.Outcome;
import org.safeguardinghub.access.internal.SecondFactorSeals.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After a rotation of the key-encryption secret, seals again with the current secret the second
 * factors of people who have not signed in since (those who do are re-sealed then), a few rows a
 * run: each row costs two or three 600,000-iteration PBKDF2s (about 0.2 s each on the 2-core test
 * machine), and a sweep at start-up would hold a node for minutes. When none is left it says so in the log, once a process, so an operator knows
 * {@code previous-secret} can go (docs/security.md). Any node may run it; an advisory lock lets one
 * work at a time, so two nodes do not derive the same keys twice.
 */
@Component
class SecondFactorResealing {

    private static final Logger log = LoggerFactory.getLogger(SecondFactorResealing.class);

    private final SecondFactorSeals seals;
    private final KeyEncryptionSecrets secrets;
    private final KeyEncryptionProperties properties;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    /** Rows neither secret opens: tried once a process, then left to an administrator's reset. */
    private final Set<Long> unopened = new HashSet<>();
    private boolean toldNoneLeft;

    SecondFactorResealing(SecondFactorSeals seals, KeyEncryptionSecrets secrets, KeyEncryptionProperties properties,
                          JdbcClient jdbc, TransactionTemplate transactions) {
        this.seals = seals;
        this.secrets = secrets;
        this.properties = properties;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Scheduled(fixedDelayString = "${safeguarding.access.key-encryption.reseal-interval:PT1M}",
            initialDelayString = "PT1M")
    void resealOnSchedule() {
        run(properties.resealPerRun());
    }

    /**
     * What a run did: how many rows came to each outcome; whether another node held the turn; whether
     * every current second factor is now sealed with the current secret.
     */
    record Run(Map<Outcome, Integer> outcomes, boolean busy, boolean noneLeft) {
    }

    /** A transaction's go: whether it held the turn, and the row it worked on (none when none was left). */
    private record Turn(boolean held, Optional<Row> row) {
        static final Turn NOT_HELD = new Turn(false, Optional.empty());
    }

    /**
     * Brings up to {@code limit} rows to the current secret, each in a transaction holding the turn
     * (the re-seal itself is written in one of its own, as at a sign-in).
     */
    synchronized Run run(int limit) {
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        long after = 0;
        for (int done = 0; done < limit; done++) {
            long from = after;
            Turn turn = transactions.execute(status -> lock() ? new Turn(true, work(from, outcomes)) : Turn.NOT_HELD);
            if (!turn.held()) {
                return new Run(outcomes, true, false);
            }
            if (turn.row().isEmpty()) {
                break;
            }
            after = turn.row().get().id();
        }
        return new Run(outcomes, false, tellWhenNoneLeft(outcomes));
    }

    /** Brings the next row to the current secret; empty when none is left. */
    private Optional<Row> work(long after, Map<Outcome, Integer> outcomes) {
        Optional<Row> row = next(after);
        row.ifPresent(r -> {
            Outcome outcome = seals.bringToCurrent(r);
            outcomes.merge(outcome, 1, Integer::sum);
            if (outcome == Outcome.CANNOT_OPEN && unopened.add(r.id())) {
                log.warn("The second factor {} of practitioner {} opens with neither key-encryption secret; "
                        + "an administrator can reset it on Administration", r.id(), r.practitionerId());
            }
        });
        return row;
    }

    /**
     * The first row after {@code after} not marked as sealed with the current secret, leaving out those
     * tried in vain (at most that many more are read to find one).
     */
    private Optional<Row> next(long after) {
        return jdbc.sql("""
                        select id, practitioner_id, secret, sealed_with from access.second_factor
                        where removed_at is null and sealed_with is distinct from :current and id > :after
                        order by id limit :rows""")
                .param("current", seals.currentCheck()).param("after", after).param("rows", unopened.size() + 1)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getObject("practitioner_id", UUID.class),
                        rs.getString("secret"), rs.getString("sealed_with")))
                .list().stream().filter(r -> !unopened.contains(r.id())).findFirst();
    }

    private boolean lock() {
        return jdbc.sql("select pg_try_advisory_xact_lock(hashtext('access.second_factor re-sealing'))")
                .query(Boolean.class).single();
    }

    /**
     * Whether nothing is left (the run found no row to work on, and every row it could not open before
     * has since been reset or re-sealed); says so in the log once, while a previous secret is set.
     */
    private boolean tellWhenNoneLeft(Map<Outcome, Integer> outcomes) {
        if (outcomes.isEmpty() && !unopened.isEmpty()) {
            // nothing else is left, so the candidates are the rows tried in vain that still stand
            unopened.retainAll(jdbc.sql("""
                            select id from access.second_factor
                            where removed_at is null and sealed_with is distinct from :current""")
                    .param("current", seals.currentCheck()).query(Long.class).list());
        }
        boolean noneLeft = outcomes.isEmpty() && unopened.isEmpty();
        if (noneLeft && !toldNoneLeft && secrets.previous().isPresent()) {
            log.info("Every second factor is sealed with the current key-encryption secret: "
                    + "{} can be removed (docs/security.md)", KeyEncryptionSecrets.PREVIOUS_PROPERTY);
        }
        toldNoneLeft = noneLeft;
        return noneLeft;
    }
}
