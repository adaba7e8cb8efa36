package org.safeguardinghub.access.internal.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.shared.HubTime;
import org.safeguardinghub.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** SQL of the data protection officer's pages: a child's or a user's entries, and the counts of unusual access. */
@Component
public class AuditTrailStore {

    /** Findings of one kind shown at most; the report is for reading, not exporting. */
    static final int REPORT_LIMIT = 200;

    private final JdbcClient jdbc;

    AuditTrailStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The child's entries, newest first: those about the child alone and those naming it among a batch's children. */
    List<AuditRow> ofChild(UUID childId, long offset, int limit) {
        return jdbc.sql("select " + AuditRow.COLUMNS + """
                 from access.audit_event where child_id = :child or children @> array[cast(:child as uuid)]
                order by at desc, id desc offset :offset limit :limit""")
                .param("child", childId).param("offset", offset).param("limit", limit)
                .query((rs, n) -> AuditRow.read(rs)).list();
    }

    /** What someone (a username, or a name a failed sign-in gave) did, newest first. */
    List<AuditRow> ofActor(String actor, long offset, int limit) {
        return jdbc.sql("select " + AuditRow.COLUMNS + """
                 from access.audit_event where actor = :actor
                order by at desc, id desc offset :offset limit :limit""")
                .param("actor", actor).param("offset", offset).param("limit", limit)
                .query((rs, n) -> AuditRow.read(rs)).list();
    }

    /** Per practitioner and day in England: how many different children's records they opened, if at least {@code atLeast}. */
    List<UnusualAccessPolicy.Count> childrenPerDay(Instant since, Collection<AuditAction> actions, int atLeast) {
        return jdbc.sql("""
                select actor, agency_code, (at at time zone 'Europe/London')::date as day, count(distinct child_id) as n
                from access.audit_event
                where at >= :since and action = any(cast(:actions as text[])) and actor_kind = 'PRACTITIONER' and child_id is not null
                group by actor, agency_code, day having count(distinct child_id) >= :atLeast
                order by n desc limit :limit""")
                .param("since", Timestamps.of(since)).param("actions", actions.stream().map(Enum::name).toArray(String[]::new))
                .param("atLeast", atLeast).param("limit", REPORT_LIMIT)
                .query((rs, n) -> count(rs, rs.getObject("day", LocalDate.class).atStartOfDay(HubTime.ZONE).toInstant()))
                .list();
    }

    /** Per user and hour: how many times they were refused access, if at least {@code atLeast}. */
    List<UnusualAccessPolicy.Count> refusalsPerHour(Instant since, int atLeast) {
        return jdbc.sql("""
                select actor, agency_code, date_trunc('hour', at) as hour, count(*) as n
                from access.audit_event where at >= :since and action = :denied
                group by actor, agency_code, hour having count(*) >= :atLeast
                order by n desc limit :limit""")
                .param("since", Timestamps.of(since)).param("denied", AuditAction.ACCESS_DENIED.name())
                .param("atLeast", atLeast).param("limit", REPORT_LIMIT)
                .query((rs, n) -> count(rs, rs.getObject("hour", OffsetDateTime.class).toInstant())).list();
    }

    List<AuditRow> breakGlass(Instant since) {
        return jdbc.sql("select " + AuditRow.COLUMNS + """
                 from access.audit_event where at >= :since and action = :action
                order by at desc, id desc limit :limit""")
                .param("since", Timestamps.of(since)).param("action", AuditAction.BREAK_GLASS.name())
                .param("limit", REPORT_LIMIT).query((rs, n) -> AuditRow.read(rs)).list();
    }

    private static UnusualAccessPolicy.Count count(ResultSet rs, Instant from) throws SQLException {
        return new UnusualAccessPolicy.Count(rs.getString("actor"), rs.getString("agency_code"), from, rs.getLong("n"));
    }
}
