package org.safeguardinghub.oversight;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.safeguardinghub.access.Viewer;
import org.safeguardinghub.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Each practitioner's in-app notifications. */
@Service
public class Inbox {

    public record Notification(UUID id, String subject, String body, String link, Instant createdAt, Instant readAt) {

        public boolean unread() {
            return readAt == null;
        }
    }

    static final int PAGE = 50;

    private final JdbcClient jdbc;
    private final Clock clock;

    Inbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<Notification> latest(Viewer.PractitionerViewer viewer, int page) {
        return jdbc.sql("""
                select id, subject, body, link, created_at, read_at from oversight.notification
                where practitioner_id = :me order by created_at desc limit :limit offset :offset""")
                .param("me", viewer.practitionerId()).param("limit", PAGE).param("offset", Math.max(page, 0) * PAGE)
                .query((rs, n) -> new Notification(rs.getObject("id", UUID.class), rs.getString("subject"),
                        rs.getString("body"), rs.getString("link"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        AlertStore.instant(rs, "read_at")))
                .list();
    }

    public long unread(Viewer.PractitionerViewer viewer) {
        return jdbc.sql("select count(*) from oversight.notification where practitioner_id = :me and read_at is null")
                .param("me", viewer.practitionerId()).query(Long.class).single();
    }

    public void markRead(Viewer.PractitionerViewer viewer, UUID id) {
        jdbc.sql("update oversight.notification set read_at = :at where id = :id and practitioner_id = :me and read_at is null")
                .param("at", Timestamps.of(clock)).param("id", id).param("me", viewer.practitionerId()).update();
    }

    public void markAllRead(Viewer.PractitionerViewer viewer) {
        jdbc.sql("update oversight.notification set read_at = :at where practitioner_id = :me and read_at is null")
                .param("at", Timestamps.of(clock)).param("me", viewer.practitionerId()).update();
    }
}
