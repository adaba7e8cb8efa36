package org.safeguardinghub.chronology;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Agencies;
import org.safeguardinghub.access.Agency;
import org.safeguardinghub.access.ChildAccess;
import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.shared.HubTime;
import org.safeguardinghub.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads an opened child's chronology: pages newest first, every matching entry (for the timeline
 * and exports), cumulative counters and an event's versions. Entries the viewer may not read are
 * returned restricted, never left out, so nobody mistakes a gap for an absence.
 */
@Service
public class ChronologyQuery {

    public static final int MAX_PAGE_SIZE = 200;

    private static final String COLUMNS = """
            select id, event_id, version, agency_id, source_event_id, type, occurred_at, occurred_date_only,
                   ended_at, ended_date_only, summary, details::text as details, significance, sensitivity,
                   recorded_at, recorded_by, correction_reason
            from chronology.event
            """;

    private final JdbcClient jdbc;
    private final Agencies agencies;
    private final ChildAccess access;
    private final Clock clock;

    ChronologyQuery(JdbcClient jdbc, Agencies agencies, ChildAccess access, Clock clock) {
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.access = access;
        this.clock = clock;
    }

    public ChronologyPage page(OpenRecord record, ChronologyFilter filter, int page, int size) {
        int pageSize = Math.clamp(size, 1, MAX_PAGE_SIZE);
        int pageNumber = Math.max(page, 0);
        List<ChronologyEntry> entries = query(record, filter, pageSize + 1, (long) pageNumber * pageSize);
        boolean hasNext = entries.size() > pageSize;
        return new ChronologyPage(hasNext ? entries.subList(0, pageSize) : entries, pageNumber, pageSize, hasNext);
    }

    /** Every matching entry, newest first, up to {@code limit}. */
    public List<ChronologyEntry> all(OpenRecord record, ChronologyFilter filter, int limit) {
        return query(record, filter, limit, 0);
    }

    /** Every version of one event, newest first; empty if the child has no such event. */
    public List<ChronologyEntry> versions(OpenRecord record, UUID eventId) {
        Actor viewer = record.viewer();
        return jdbc.sql(COLUMNS + " where child_id = :child and event_id = :event order by version desc")
                .param("child", record.child().value()).param("event", eventId)
                .query((rs, n) -> entry(rs, viewer)).list();
    }

    /** The current versions of these events of the child, newest first (evidence of an alert, say). */
    public List<ChronologyEntry> entries(OpenRecord record, java.util.Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        Actor viewer = record.viewer();
        return jdbc.sql(COLUMNS + """
                 where child_id = :child and not superseded and event_id = any(cast(:events as uuid[]))
                 order by occurred_at desc, id desc""")
                .param("child", record.child().value())
                .param("events", eventIds.stream().map(UUID::toString).toArray(String[]::new))
                .query((rs, n) -> entry(rs, viewer)).list();
    }

    public Optional<ChronologyEntry> current(OpenRecord record, UUID eventId) {
        return versions(record, eventId).stream().findFirst();
    }

    public List<Counter> counters(OpenRecord record) {
        LocalDate yearAgo = LocalDate.now(clock).minusMonths(12);
        return jdbc.sql("""
                select type, count(*) as ever,
                       count(*) filter (where occurred_at >= :since) as last_year,
                       count(distinct agency_id) as agencies,
                       count(distinct agency_id) filter (where occurred_at >= :since) as last_year_agencies
                from chronology.event where child_id = :child and not superseded
                group by type order by type""")
                .param("child", record.child().value())
                .param("since", yearAgo.atStartOfDay(HubTime.ZONE).toOffsetDateTime())
                .query((rs, n) -> new Counter(EventType.valueOf(rs.getString("type")), rs.getLong("ever"),
                        rs.getLong("last_year"), rs.getLong("agencies"), rs.getLong("last_year_agencies")))
                .list();
    }

    private List<ChronologyEntry> query(OpenRecord record, ChronologyFilter filter, int limit, long offset) {
        List<String> where = new ArrayList<>(List.of("child_id = :child", "not superseded"));
        Map<String, Object> params = new HashMap<>();
        params.put("child", record.child().value());
        if (!filter.agencyIds().isEmpty()) {
            where.add("agency_id = any(cast(:agencies as uuid[]))");
            params.put("agencies", filter.agencyIds().stream().map(UUID::toString).toArray(String[]::new));
        }
        if (!filter.types().isEmpty()) {
            where.add("type = any(:types)");
            params.put("types", filter.types().stream().map(Enum::name).toArray(String[]::new));
        }
        if (!filter.significance().isEmpty()) {
            where.add("significance = any(:significance)");
            params.put("significance", filter.significance().stream().map(Enum::name).toArray(String[]::new));
        }
        if (filter.from() != null) {
            where.add("occurred_at >= :from");
            params.put("from", Timestamps.of(filter.from()));
        }
        if (filter.until() != null) {
            where.add("occurred_at < :until");
            params.put("until", Timestamps.of(filter.until()));
        }
        params.put("limit", limit);
        params.put("offset", offset);
        Actor viewer = record.viewer();
        return jdbc.sql(COLUMNS + " where " + String.join(" and ", where)
                        + " order by occurred_at desc, id desc limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> entry(rs, viewer)).list();
    }

    private ChronologyEntry entry(ResultSet rs, Actor viewer) throws SQLException {
        UUID agencyId = rs.getObject("agency_id", UUID.class);
        Agency agency = agencies.byId(agencyId).orElseThrow();
        Sensitivity sensitivity = Sensitivity.valueOf(rs.getString("sensitivity"));
        boolean restricted = !access.canRead(viewer, agencyId, sensitivity);
        OffsetDateTime ended = rs.getObject("ended_at", OffsetDateTime.class);
        return new ChronologyEntry(rs.getObject("id", UUID.class), rs.getObject("event_id", UUID.class),
                rs.getInt("version"), agencyId, agency.code(), agency.name(), rs.getString("source_event_id"),
                EventType.valueOf(rs.getString("type")), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getBoolean("occurred_date_only"), ended == null ? null : ended.toInstant(),
                rs.getBoolean("ended_date_only"), restricted ? null : rs.getString("summary"),
                restricted ? null : rs.getString("details"), Significance.valueOf(rs.getString("significance")),
                sensitivity, rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                rs.getString("recorded_by"), restricted ? null : rs.getString("correction_reason"), restricted);
    }
}
