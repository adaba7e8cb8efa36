package org.safeguardinghub.notifications.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.safeguardinghub.notifications.Notification;
import org.safeguardinghub.shared.Ids;
import org.safeguardinghub.shared.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The notifications table: inboxes and the e-mail outbox. */
@Repository
public class NotificationStore {

    /** A notification as its inbox shows it. */
    public record Held(UUID id, UUID childId, String subject, String body, String link, Instant createdAt, Instant readAt) {

        public boolean unread() {
            return readAt == null;
        }
    }

    /** A notification claimed for e-mail; {@code attempts} counts this one. */
    record Pending(UUID id, UUID practitionerId, UUID childId, String subject, String body, String link, int attempts) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Clock clock;

    NotificationStore(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
    }

    public void insert(List<Notification> notifications) {
        if (notifications.isEmpty()) {
            return;
        }
        OffsetDateTime now = Timestamps.of(clock);
        batch.batchUpdate("""
                insert into notifications.notification (id, practitioner_id, child_id, subject, body, link, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""", notifications.stream().map(n -> new Object[] {Ids.newId(),
                n.practitionerId(), n.child() == null ? null : n.child().value(), n.subject(), n.body(), n.link(), now})
                .toList());
    }

    List<Held> latest(UUID practitionerId, int limit, int offset) {
        return jdbc.sql("""
                select id, child_id, subject, body, link, created_at, read_at from notifications.notification
                where practitioner_id = :me order by created_at desc limit :limit offset :offset""")
                .param("me", practitionerId).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new Held(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
                        rs.getString("subject"),
                        rs.getString("body"), rs.getString("link"), instant(rs, "created_at"), instant(rs, "read_at")))
                .list();
    }

    long unread(UUID practitionerId) {
        return jdbc.sql("select count(*) from notifications.notification where practitioner_id = :me and read_at is null")
                .param("me", practitionerId).query(Long.class).single();
    }

    void markRead(UUID practitionerId, UUID id) {
        jdbc.sql("""
                update notifications.notification set read_at = :at
                where id = :id and practitioner_id = :me and read_at is null""")
                .param("at", Timestamps.of(clock)).param("id", id).param("me", practitionerId).update();
    }

    void markAllRead(UUID practitionerId) {
        jdbc.sql("update notifications.notification set read_at = :at where practitioner_id = :me and read_at is null")
                .param("at", Timestamps.of(clock)).param("me", practitionerId).update();
    }

    /**
     * Claims for the relay, until {@code until}, up to {@code limit} notifications of the last day
     * that are due to be e-mailed: not sent, not failed, not waiting for a retry, not held by
     * another relay's unexpired claim. One statement, committed on its own: rows another relay is
     * claiming at this moment are skipped (skip locked), and the claim itself keeps them from every
     * other relay once committed, so two nodes never send the same row.
     */
    List<Pending> claimDue(Instant now, Instant since, Instant until, int limit) {
        return jdbc.sql("""
                update notifications.notification n
                set email_claimed_until = :until, email_attempts = n.email_attempts + 1
                where n.id in (
                    select id from notifications.notification
                    where email_sent_at is null and email_failed_at is null and created_at > :since
                      and (email_next_attempt_at is null or email_next_attempt_at <= :now)
                      and (email_claimed_until is null or email_claimed_until <= :now)
                    order by created_at limit :limit
                    for update skip locked)
                returning n.id, n.practitioner_id, n.child_id, n.subject, n.body, n.link, n.email_attempts""")
                .param("until", Timestamps.of(until)).param("since", Timestamps.of(since)).param("now", Timestamps.of(now))
                .param("limit", limit)
                .query((rs, n) -> new Pending(rs.getObject("id", UUID.class), rs.getObject("practitioner_id", UUID.class),
                        rs.getObject("child_id", UUID.class), rs.getString("subject"), rs.getString("body"),
                        rs.getString("link"), rs.getInt("email_attempts")))
                .list();
    }

    /** Sent (or nothing to send): the claim ends and no relay takes it again. */
    void markSent(UUID id) {
        jdbc.sql("""
                update notifications.notification set email_sent_at = :at, email_claimed_until = null, email_error = null
                where id = :id and email_sent_at is null""")
                .param("at", Timestamps.of(clock)).param("id", id).update();
    }

    /** A failed send to be tried again at {@code retryAt}. */
    void retryLater(UUID id, Instant retryAt, String error) {
        jdbc.sql("""
                update notifications.notification
                set email_next_attempt_at = :retryAt, email_claimed_until = null, email_error = :error
                where id = :id and email_sent_at is null""")
                .param("retryAt", Timestamps.of(retryAt)).param("error", error).param("id", id).update();
    }

    /** Given up: kept, marked failed and counted for operators; never claimed again. */
    void markFailed(UUID id, String error) {
        jdbc.sql("""
                update notifications.notification
                set email_failed_at = :at, email_claimed_until = null, email_error = :error
                where id = :id and email_sent_at is null""")
                .param("at", Timestamps.of(clock)).param("error", error).param("id", id).update();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
