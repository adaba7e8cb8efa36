package org.safeguardinghub.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.AgencyType;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.access.Practitioners;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.ChildRecords;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.meetings.ConveneInput;
import org.safeguardinghub.meetings.Invitations;
import org.safeguardinghub.meetings.MeetingType;
import org.safeguardinghub.meetings.Meetings;
import org.safeguardinghub.meetings.MeetingsQuery;
import org.safeguardinghub.shared.DateInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo children's meetings ({@code demo/meetings/*.json}), made once the stories are loaded, by
 * the demo practitioners through the meetings module as people would: convened, replied to,
 * recorded and finalised, with the same checks. A child who already has meetings is left alone, so
 * a restart loads nothing twice. Dates are days before or after today.
 */
@Component
@ConditionalOnProperty("safeguarding.demo.enabled")
class MeetingsDemo {

    private static final Logger log = LoggerFactory.getLogger(MeetingsDemo.class);

    private final Meetings meetings;
    private final MeetingsQuery query;
    private final Invitations invitations;
    private final DemoMinutes minutes;
    private final ChildRecords records;
    private final Practitioners practitioners;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final Clock clock;

    MeetingsDemo(Meetings meetings, MeetingsQuery query, Invitations invitations, DemoMinutes minutes, ChildRecords records,
                 Practitioners practitioners, JdbcClient jdbc, TransactionTemplate transaction, JsonMapper json, Clock clock) {
        this.meetings = meetings;
        this.query = query;
        this.invitations = invitations;
        this.minutes = minutes;
        this.records = records;
        this.practitioners = practitioners;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.json = json;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() throws IOException {
        Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath:demo/meetings/*.json");
        Arrays.sort(found, Comparator.comparing(Resource::getFilename));
        for (Resource resource : found) {
            JsonNode file;
            try (InputStream in = resource.getInputStream()) {
                file = json.readTree(in);
            }
            UUID child = jdbc.sql("select child_id from demo.loaded_story where story = :s")
                    .param("s", file.get("story").stringValue()).query(UUID.class).optional().orElse(null);
            if (child != null && query.ofChild(open("tm.north", new ChildId(child))).meetings().isEmpty()) {
                transaction.executeWithoutResult(status -> file.get("meetings")
                        .forEach(m -> meeting(new ChildId(child), m)));
                log.info("Loaded demo meetings {}", resource.getFilename());
            }
        }
    }

    private void meeting(ChildId child, JsonNode spec) {
        MeetingType type = MeetingType.valueOf(spec.get("type").stringValue());
        OpenRecord record = open(spec.get("organiser").stringValue(), child);
        LocalDate today = LocalDate.now(clock);
        LocalDate on = spec.has("daysAhead") ? today.plusDays(spec.get("daysAhead").asInt())
                : today.minusDays(spec.get("daysAgo").asInt());
        Set<UUID> invite = new HashSet<>(meetings.proposal(record, type, on).practitionerIds());
        Map<AgencyType, String> leftOut = new HashMap<>();
        spec.path("leftOut").properties().forEach(e -> leftOut.put(AgencyType.valueOf(e.getKey()), e.getValue().stringValue()));
        DateInput anchor = spec.has("anchorDaysAgo") ? DateInput.of(today.minusDays(spec.get("anchorDaysAgo").asInt()))
                : DateInput.of(null);
        Meetings.Convened convened = meetings.convene(record, new ConveneInput(type, DateInput.of(on),
                spec.path("time").asString(null), spec.path("place").asString(null), anchor, invite, leftOut, List.of()));
        if (!convened.problems().isEmpty()) {
            throw new IllegalStateException("Demo meeting " + type + " refused: " + convened.problems());
        }
        for (JsonNode reply : spec.path("replies")) {
            OpenRecord invitee = open(reply.get("by").stringValue(), child);
            invitations.reply(invitee, query.meeting(invitee, convened.meetingId()).orElseThrow(),
                    reply.get("response").stringValue(), reply.path("reason").asString(null),
                    reply.path("report").asString(null), reply.path("sensitivity").asString(null))
                    .ifPresent(p -> {
                        throw new IllegalStateException("Demo reply refused: " + p);
                    });
        }
        if (spec.has("minutes")) {
            minutes.finalise(record, convened.meetingId(), on, spec.get("minutes"), username -> open(username, child));
        }
    }

    private OpenRecord open(String username, ChildId child) {
        Practitioner p = practitioners.byUsername(username).orElseThrow();
        Actor.Person person = new Actor.Person(p.id(), p.username(), p.displayName(), p.agency(), p.roles());
        return records.open(person, child, AuditAction.VIEW_CHILD, "demo meetings")
                .orElseThrow(() -> new IllegalStateException("Demo meetings: " + username + " may not open " + child));
    }
}
