package org.safeguardinghub.operations.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The counts an operator watches, read in a few aggregate queries (ADR 0032): queue lengths, alerts
 * by code, and front-door decisions by whether they met their deadline. These read other modules'
 * tables directly, read-only and only as counts, the way a database administrator's dashboard would:
 * making every module export a count through Java for a scrape every 30 s was not worth the API.
 * Nothing here names a child.
 */
@Component
class OperationalCounts {

    /** What one round of counting found. Alert maps are keyed by alert code. */
    record Counts(Map<String, Long> alertsOpen, Map<String, Long> alertsRaised, long decisionsOnTime,
                  long decisionsLate, long contactsAwaitingDecision, long emailsPending, long emailsFailed,
                  long identityReviewsWaiting) {

        long alertsOpen(String code) {
            return alertsOpen.getOrDefault(code, 0L);
        }

        long alertsRaised(String code) {
            return alertsRaised.getOrDefault(code, 0L);
        }
    }

    /** The e-mail outbox sends what is at most a day old (notifications.internal.EmailOutbox). */
    private static final Duration EMAIL_WINDOW = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    OperationalCounts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Counts count() {
        Map<String, Long> open = new HashMap<>();
        Map<String, Long> raised = new HashMap<>();
        jdbc.sql("""
                select code, count(*) as raised, count(*) filter (where status in ('OPEN', 'ACKNOWLEDGED')) as open
                from oversight.alert group by code""")
                .query(rs -> {
                    raised.put(rs.getString("code"), rs.getLong("raised"));
                    open.put(rs.getString("code"), rs.getLong("open"));
                });
        long[] decisions = new long[2];
        jdbc.sql("""
                select count(*) filter (where d.first_at <= c.decision_due_at) as on_time,
                       count(*) filter (where d.first_at > c.decision_due_at) as late
                from frontdoor.contact c
                join (select contact_id, min(decided_at) as first_at from frontdoor.threshold_decision
                      group by contact_id) d on d.contact_id = c.id""")
                .query(rs -> {
                    decisions[0] = rs.getLong("on_time");
                    decisions[1] = rs.getLong("late");
                });
        return new Counts(Map.copyOf(open), Map.copyOf(raised), decisions[0], decisions[1], awaitingDecision(),
                emailsPending(), emailsFailed(), identityReviewsWaiting());
    }

    private long awaitingDecision() {
        return jdbc.sql("select count(*) from frontdoor.contact where awaiting_decision").query(Long.class).single();
    }

    /** Not yet sent nor given up on: one given up on is counted as failed, not as waiting for a day. */
    private long emailsPending() {
        return jdbc.sql("""
                        select count(*) from notifications.notification
                        where email_sent_at is null and email_failed_at is null and created_at > :since""")
                .param("since", Timestamp.from(clock.instant().minus(EMAIL_WINDOW))).query(Long.class).single();
    }

    /** Given up on after every attempt failed (notifications.internal.EmailRetryPolicy), since the hub began. */
    private long emailsFailed() {
        return jdbc.sql("select count(*) from notifications.notification where email_failed_at is not null")
                .query(Long.class).single();
    }

    /** As identity.MatchReviews.waiting(): no decision yet, or the last one asked for more information. */
    private long identityReviewsWaiting() {
        return jdbc.sql("""
                select count(*) from identity.review r
                where coalesce((select d.decision from identity.review_decision d where d.review_id = r.id
                                order by d.decided_at desc, d.id desc limit 1), 'MORE_INFORMATION') = 'MORE_INFORMATION'""")
                .query(Long.class).single();
    }
}
