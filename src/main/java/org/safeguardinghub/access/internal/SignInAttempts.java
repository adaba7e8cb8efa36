package org.safeguardinghub.access.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Sign-in attempts by username and address ({@code access.sign_in_attempt}), kept in the database
 * so every instance of the hub sees the same failures. Attempts over a day old are pruned when a
 * sign-in succeeds; the audit log keeps them all.
 */
@Repository
class SignInAttempts {

    private static final Duration KEPT = Duration.ofDays(1);

    private final JdbcClient jdbc;

    SignInAttempts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** This username's failures since its last good sign-in, none older than {@code since}. */
    List<Instant> userFailures(String username, Instant since) {
        return jdbc.sql("""
                        select attempted_at from access.sign_in_attempt a
                        where username = :u and not succeeded and attempted_at > :since
                          and not exists (select 1 from access.sign_in_attempt s where s.username = :u
                                          and s.succeeded and s.attempted_at >= a.attempted_at)""")
                .param("u", username).param("since", Timestamp.from(since))
                .query(Timestamp.class).list().stream().map(Timestamp::toInstant).toList();
    }

    /** Failures from this address, none older than {@code since}. */
    List<Instant> addressFailures(String address, Instant since) {
        return jdbc.sql("""
                        select attempted_at from access.sign_in_attempt
                        where address = :a and not succeeded and attempted_at > :since""")
                .param("a", address).param("since", Timestamp.from(since))
                .query(Timestamp.class).list().stream().map(Timestamp::toInstant).toList();
    }

    void failed(String username, String address, Instant at) {
        insert(username, address, false, at);
    }

    void succeeded(String username, String address, Instant at) {
        insert(username, address, true, at);
        jdbc.sql("delete from access.sign_in_attempt where attempted_at < :before")
                .param("before", Timestamp.from(at.minus(KEPT))).update();
    }

    /**
     * Ends the count of this username's failures as a good sign-in would (the address's failures
     * still count): its password was just set with a one-time link an administrator issued, so
     * guesses at the old one no longer matter and the person can sign in at once (issue 18).
     */
    void lockLifted(String username, String why, Instant at) {
        insert(username, why, true, at);
    }

    private void insert(String username, String address, boolean succeeded, Instant at) {
        jdbc.sql("""
                        insert into access.sign_in_attempt (username, address, succeeded, attempted_at)
                        values (:u, :a, :ok, :at)""")
                .param("u", username).param("a", address).param("ok", succeeded).param("at", Timestamp.from(at))
                .update();
    }
}
