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
import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.access.Practitioners;
import org.safeguardinghub.access.Role;
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
    private final Practitioners practitioners;
    private final Clock clock;

    ChronologyQuery(JdbcClient jdbc, Agencies agencies, Practitioners practitioners, Clock clock) {
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.practitioners = practitioners;
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

    /**
     * Every version of one event, newest first; empty if the child has no such event (or, with only
     * their own entries open to them, if it is another agency's). A version is restricted when the
     * viewer may not read it or any version after it: a correction to a restricted sensitivity
     * leaves no earlier version readable.
     */
    public List<ChronologyEntry> versions(OpenRecord record, UUID eventId) {
        Owners owners = new Owners();
        List<ChronologyEntry> versions = shown(record, owners, jdbc.sql(COLUMNS + " where child_id = :child and event_id = :event"
                        + ownOnly(record) + " order by version desc")
                .param("child", record.child().value()).param("event", eventId)
                .param("mine", record.viewer().agency().id())
                .query((rs, n) -> entry(rs)).list());
        List<ChronologyEntry> shown = new ArrayList<>();
        boolean laterRestricted = false;
        for (ChronologyEntry version : versions) {
            laterRestricted = laterRestricted || version.restricted();
            shown.add(laterRestricted && !version.restricted() ? restricted(version, owners) : version);
        }
        return shown;
    }

    /** The current versions of these events of the child, newest first (evidence of an alert, say). */
    public List<ChronologyEntry> entries(OpenRecord record, java.util.Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        Owners owners = new Owners();
        return shown(record, owners, jdbc.sql(COLUMNS + " where child_id = :child and not superseded and event_id = any(cast(:events as uuid[]))"
                        + ownOnly(record) + " order by occurred_at desc, id desc")
                .param("child", record.child().value()).param("mine", record.viewer().agency().id())
                .param("events", eventIds.stream().map(UUID::toString).toArray(String[]::new))
                .query((rs, n) -> entry(rs)).list());
    }

    public Optional<ChronologyEntry> current(OpenRecord record, UUID eventId) {
        return versions(record, eventId).stream().findFirst();
    }

    /**
     * The counts of each type of entry the viewer may read (counts of what they may not would tell
     * what it is); {@link #restrictedCount} says how many more there are.
     */
    public List<Counter> counters(OpenRecord record) {
        LocalDate yearAgo = LocalDate.now(clock).minusMonths(12);
        return jdbc.sql("""
                select type, count(*) as ever,
                       count(*) filter (where occurred_at >= :since) as last_year,
                       count(distinct agency_id) as agencies,
                       count(distinct agency_id) filter (where occurred_at >= :since) as last_year_agencies
                from chronology.event where child_id = :child and not superseded""" + " and "
                        + readable(record) + " group by type order by type")
                .param("child", record.child().value()).param("mine", record.viewer().agency().id())
                .param("readable", readableNames(record))
                .param("since", yearAgo.atStartOfDay(HubTime.ZONE).toOffsetDateTime())
                .query((rs, n) -> new Counter(EventType.valueOf(rs.getString("type")), rs.getLong("ever"),
                        rs.getLong("last_year"), rs.getLong("agencies"), rs.getLong("last_year_agencies")))
                .list();
    }

    /** How many current entries the viewer may not read (they are listed, restricted, but not counted). */
    public long restrictedCount(OpenRecord record) {
        if (!record.wholeRecord()) {
            return 0;
        }
        return jdbc.sql("select count(*) from chronology.event where child_id = :child and not superseded and not "
                        + readable(record))
                .param("child", record.child().value()).param("mine", record.viewer().agency().id())
                .param("readable", readableNames(record)).query(Long.class).single();
    }

    /** SQL that keeps the entries the viewer may read: their agency's, and others' at the sensitivities they may read. */
    private static String readable(OpenRecord record) {
        return record.wholeRecord() ? "(agency_id = :mine or sensitivity = any(:readable))" : "agency_id = :mine";
    }

    private static String[] readableNames(OpenRecord record) {
        return record.decision().readable().stream().map(Enum::name).toArray(String[]::new);
    }

    /** With only their own entries open to them, the viewer sees nothing of other agencies' entries. */
    private static String ownOnly(OpenRecord record) {
        return record.wholeRecord() ? "" : " and agency_id = :mine";
    }

    private List<ChronologyEntry> query(OpenRecord record, ChronologyFilter filter, int limit, long offset) {
        List<String> where = new ArrayList<>(List.of("child_id = :child", "not superseded"));
        Map<String, Object> params = new HashMap<>();
        params.put("child", record.child().value());
        params.put("mine", record.viewer().agency().id());
        if (!record.wholeRecord()) {
            where.add("agency_id = :mine");
        }
        if (!filter.agencyIds().isEmpty()) {
            where.add("agency_id = any(cast(:agencies as uuid[]))");
            params.put("agencies", filter.agencyIds().stream().map(UUID::toString).toArray(String[]::new));
        }
        if (!filter.types().isEmpty()) {
            // a type filter finds only entries the viewer may read: finding a restricted entry by its type would tell it
            where.add("type = any(:types)");
            where.add(readable(record));
            params.put("types", filter.types().stream().map(Enum::name).toArray(String[]::new));
            params.put("readable", readableNames(record));
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
        Owners owners = new Owners();
        return shown(record, owners, jdbc.sql(COLUMNS + " where " + String.join(" and ", where)
                        + " order by occurred_at desc, id desc limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> entry(rs)).list());
    }

    /**
     * The entries as the viewer sees them. Restricted only once the rows are read: whom to ask is
     * looked up in the database, and doing that while the result set is open held a second pooled
     * connection per page, which deadlocked the pool under load (docs/performance.md, "Load run").
     */
    private List<ChronologyEntry> shown(OpenRecord record, Owners owners, List<ChronologyEntry> read) {
        return read.stream().map(e -> record.decision().mayRead(record.viewer(), e.agencyId(), e.sensitivity()) ? e
                : restricted(e, owners)).toList();
    }

    private ChronologyEntry entry(ResultSet rs) throws SQLException {
        UUID agencyId = rs.getObject("agency_id", UUID.class);
        Agency agency = agencies.byId(agencyId).orElseThrow();
        Sensitivity sensitivity = Sensitivity.valueOf(rs.getString("sensitivity"));
        OffsetDateTime ended = rs.getObject("ended_at", OffsetDateTime.class);
        return new ChronologyEntry(rs.getObject("id", UUID.class), rs.getObject("event_id", UUID.class),
                rs.getInt("version"), agencyId, agency.code(), agency.name(), rs.getString("source_event_id"),
                EventType.valueOf(rs.getString("type")), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getBoolean("occurred_date_only"), ended == null ? null : ended.toInstant(),
                rs.getBoolean("ended_date_only"), rs.getString("summary"), rs.getString("details"),
                Significance.valueOf(rs.getString("significance")), sensitivity,
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("recorded_by"),
                rs.getString("correction_reason"), false, null);
    }

    /**
     * The entry as someone who may not read it sees it: that it exists, when, from which agency, and
     * whom to ask; not its kind, words, details, length or sensitivity.
     */
    private ChronologyEntry restricted(ChronologyEntry e, Owners owners) {
        return new ChronologyEntry(e.versionId(), e.eventId(), e.version(), e.agencyId(), e.agencyCode(), e.agencyName(),
                null, null, e.occurredAt(), e.occurredDateOnly(), null, false, null, null, e.significance(), null,
                e.recordedAt(), null, null, true, owners.of(e.agencyId()));
    }

    /** Whom to ask about an agency's restricted entries: its safeguarding leads, looked up once per agency. */
    private final class Owners {

        private final Map<UUID, String> byAgency = new HashMap<>();

        String of(UUID agencyId) {
            return byAgency.computeIfAbsent(agencyId, id -> practitioners.withRole(Role.SAFEGUARDING_LEAD, java.util.Set.of(id))
                    .stream().findFirst().map(ChronologyQuery::contact)
                    .orElseGet(() -> agencies.byId(id).map(Agency::name).orElse("")));
        }
    }

    private static String contact(Practitioner lead) {
        String reach = java.util.stream.Stream.of(lead.email(), lead.phone()).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.joining(", "));
        return reach.isEmpty() ? lead.displayName() : lead.displayName() + " (" + reach + ")";
    }
}
