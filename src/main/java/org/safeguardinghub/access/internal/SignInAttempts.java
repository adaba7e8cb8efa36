package org.safeguardinghub.access.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-in attempts by username and address ({@code access.sign_in_attempt}), kept in the database
 * so every instance of the hub sees the same failures. An attempt is {@linkplain #admit admitted}
 * (decided, and counted as failed) before its password or code is checked, and settled after.
 * Attempts over a day old are pruned when a sign-in succeeds; the audit log keeps them all.
 */
@Repository
class SignInAttempts {

    private static final Duration KEPT = Duration.ofDays(1);

    /** Whose failures decide an attempt: an address's too, or (a signed-in person's check) only the user's. */
    enum Counted { USER_AND_ADDRESS, USER }

    /**
     * The throttle's decision on an attempt, when it was made, and, when allowed, the attempt counted
     * as failed until settled.
     */
    record Admission(SignInThrottlePolicy.Decision decision, Instant at, long attempt) {

        boolean allowed() {
            return decision.allowed();
        }
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    SignInAttempts(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Decides an attempt and, when it may go on, counts it as failed before anything is checked,
     * with the username's (and address's) lock held and committed at once: attempts sent together
     * each see those let through before them, so no more are checked than the limits allow. Decided
     * first and recorded after the check, twenty wrong passwords sent at once were all hashed. The
     * time is read with the locks held: read before, an attempt let through later with an earlier
     * time would not count one let through before it with a later time (the policy counts no
     * failure after its now), and eleven of twenty were hashed.
     */
    Admission admit(String username, String address, Counted counted, SignInThrottlePolicy policy) {
        return ownTransaction.execute(status -> {
            lock("sign-in user:" + username);
            if (counted == Counted.USER_AND_ADDRESS) {
                lock("sign-in address:" + address);
            }
            Instant now = clock.instant();
            Instant since = policy.windowStart(now);
            SignInThrottlePolicy.Decision decision = policy.decide(userFailures(username, since),
                    counted == Counted.USER_AND_ADDRESS ? addressFailures(address, since) : List.of(), now);
            return new Admission(decision, now, decision.allowed() ? insert(username, address, false, now) : 0);
        });
    }

    /** The admitted attempt succeeded: the username's failures before it no longer count. */
    void succeeded(Admission admitted) {
        jdbc.sql("update access.sign_in_attempt set succeeded = true where id = :id")
                .param("id", admitted.attempt()).update();
        jdbc.sql("delete from access.sign_in_attempt where attempted_at < :before")
                .param("before", Timestamp.from(admitted.at().minus(KEPT))).update();
    }

    /**
     * The admitted attempt was neither a failure nor a sign-in (the right password, a second factor
     * still to come): it stops counting, and counts for nothing, as before it was admitted.
     */
    void withdrawn(Admission admitted) {
        jdbc.sql("delete from access.sign_in_attempt where id = :id").param("id", admitted.attempt()).update();
    }

    /** This username's failures since its last good sign-in, none older than {@code since}. */
    private List<Instant> userFailures(String username, Instant since) {
        return jdbc.sql("""
                        select attempted_at from access.sign_in_attempt a
                        where username = :u and not succeeded and attempted_at > :since
                          and not exists (select 1 from access.sign_in_attempt s where s.username = :u
                                          and s.succeeded and s.attempted_at >= a.attempted_at)""")
                .param("u", username).param("since", Timestamp.from(since))
                .query(Timestamp.class).list().stream().map(Timestamp::toInstant).toList();
    }

    /** Failures from this address, none older than {@code since}. */
    private List<Instant> addressFailures(String address, Instant since) {
        return jdbc.sql("""
                        select attempted_at from access.sign_in_attempt
                        where address = :a and not succeeded and attempted_at > :since""")
                .param("a", address).param("since", Timestamp.from(since))
                .query(Timestamp.class).list().stream().map(Timestamp::toInstant).toList();
    }

    /**
     * Ends the count of this username's failures as a good sign-in would (the address's failures
     * still count): its password was just set with a one-time link an administrator issued, so
     * guesses at the old one no longer matter and the person can sign in at once (issue 18).
     */
    void lockLifted(String username, String why, Instant at) {
        insert(username, why, true, at);
    }

    private long insert(String username, String address, boolean succeeded, Instant at) {
        return jdbc.sql("""
                        insert into access.sign_in_attempt (username, address, succeeded, attempted_at)
                        values (:u, :a, :ok, :at) returning id""")
                .param("u", username).param("a", address).param("ok", succeeded).param("at", Timestamp.from(at))
                .query(Long.class).single();
    }

    private void lock(String key) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))").param("key", key).query(rs -> { });
    }
}
