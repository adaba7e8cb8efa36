package org.safeguardinghub.chronology.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Agencies;
import org.safeguardinghub.access.SharePurpose;
import org.safeguardinghub.access.Shares;
import org.safeguardinghub.access.Agency;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.ChildRecords;
import org.safeguardinghub.chronology.ChronologyEntry;
import org.safeguardinghub.chronology.ChronologyFilter;
import org.safeguardinghub.chronology.ChronologyPage;
import org.safeguardinghub.chronology.ChronologyQuery;
import org.safeguardinghub.chronology.EventType;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.shared.ApiProblems;
import org.safeguardinghub.shared.HubTime;
import org.safeguardinghub.shared.InvalidRequest;
import org.springframework.http.MediaType;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/children/{childId}/chronology}: the child's merged chronology as the calling
 * agency may see it, newest first (contract v1.1). An agency with a current relationship with the
 * child reads every entry, other agencies' restricted entries as restricted (when, from which agency,
 * whom to ask; not their type, summary or details); an agency that has only sent events reads its own
 * entries. Each read of other agencies' entries is recorded as a share with its lawful basis.
 */
@RestController
@Tag(name = "Chronology", description = "Read back a child's merged chronology")
class ChronologyApiController {

    static final int DEFAULT_SIZE = 50;

    private final ChildRecords records;
    private final ChronologyQuery chronology;
    private final Agencies agencies;
    private final Shares shares;
    private final TransactionTemplate transaction;

    ChronologyApiController(ChildRecords records, ChronologyQuery chronology, Agencies agencies, Shares shares,
                            TransactionTemplate transaction) {
        this.transaction = transaction;
        this.records = records;
        this.chronology = chronology;
        this.agencies = agencies;
        this.shares = shares;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Event(String id, int version, String eventId, String agency, EventType type, String occurredAt,
                 String endedAt, String recordedAt, String recordedBy, String summary, String significance,
                 String sensitivity, @JsonRawValue String details, boolean restricted, String correctionReason,
                 String contact) {

        static Event of(ChronologyEntry e) {
            return new Event(e.eventId().toString(), e.version(), e.sourceEventId(), e.agencyCode(), e.type(),
                    time(e.occurredAt(), e.occurredDateOnly()),
                    e.endedAt() == null ? null : time(e.endedAt(), e.endedDateOnly()), e.recordedAt().toString(),
                    e.recordedBy(), e.summary(), e.significance().name(),
                    e.sensitivity() == null ? null : e.sensitivity().name(), e.detailsJson(), e.restricted(),
                    e.correctionReason(), e.owner());
        }

        private static String time(Instant instant, boolean dateOnly) {
            return dateOnly ? LocalDate.ofInstant(instant, HubTime.ZONE).toString() : instant.toString();
        }
    }

    record Chronology(String childId, int page, int size, boolean hasNext, List<Event> events) {
    }

    @Operation(summary = "Read a child's chronology, newest first",
            description = "from/to are ISO dates or date-times with offset (both inclusive); agency and type may "
                    + "repeat or be comma-separated. A child the calling agency does not work with is 404.")
    @GetMapping(path = "/api/v1/children/{childId}/chronology", produces = MediaType.APPLICATION_JSON_VALUE)
    Chronology chronology(@PathVariable String childId, @RequestParam(required = false) String from,
                          @RequestParam(required = false) String to,
                          @RequestParam(required = false) List<String> agency,
                          @RequestParam(required = false) List<String> type,
                          @RequestParam(defaultValue = "0") int page,
                          @RequestParam(defaultValue = "" + DEFAULT_SIZE) int size,
                          Actor.PartnerSystem client) {
        if (page < 0 || size < 1 || size > ChronologyQuery.MAX_PAGE_SIZE) {
            throw new InvalidRequest("page must be 0 or more and size 1 to " + ChronologyQuery.MAX_PAGE_SIZE);
        }
        ChronologyFilter filter = new ChronologyFilter(agencies(agency), types(type), Set.of(),
                ApiTime.from(from, "from"), ApiTime.until(to, "to"));
        // the look, the page and the share it makes are one commit (one wait for the disk, not two)
        Chronology read = transaction.execute(status -> ChildId.parse(childId)
                .flatMap(id -> records.open(client, id, AuditAction.READ_CHRONOLOGY, null))
                .map(record -> page(record, filter, page, size, client)).orElse(null));
        if (read == null) {
            throw new ApiProblems.NotFound("No child " + childId + " that your agency works with.");
        }
        return read;
    }

    private Chronology page(OpenRecord record, ChronologyFilter filter, int page, int size, Actor.PartnerSystem client) {
        ChronologyPage result = chronology.page(record, filter, page, size);
        long others = result.entries().stream().filter(e -> !e.restricted() && !e.agencyId().equals(client.agency().id()))
                .count();
        if (others > 0) {
            shares.record(client, record.child().value(), "chronology page " + page + " through the API: " + others
                    + " entries of other agencies", SharePurpose.PARTNER_SYSTEM_READ);
        }
        return new Chronology(record.child().toString(), result.page(), result.size(), result.hasNext(),
                result.entries().stream().map(Event::of).toList());
    }

    private Set<UUID> agencies(List<String> codes) {
        Set<UUID> ids = new HashSet<>();
        for (String code : split(codes)) {
            ids.add(agencies.byCode(code).map(Agency::id)
                    .orElseThrow(() -> new InvalidRequest("agency " + code + " is not a known agency code")));
        }
        return ids;
    }

    private static Set<EventType> types(List<String> names) {
        Set<EventType> types = new HashSet<>();
        for (String name : split(names)) {
            types.add(Arrays.stream(EventType.values()).filter(t -> t.name().equals(name)).findFirst()
                    .orElseThrow(() -> new InvalidRequest("type " + name + " is not an event type of contract v1")));
        }
        return types;
    }

    private static List<String> split(List<String> values) {
        return values == null ? List.of() : values.stream().flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::strip).filter(v -> !v.isEmpty()).toList();
    }
}
