package org.safeguardinghub.access.matrix;

import static org.safeguardinghub.support.TestEvents.batch;
import static org.safeguardinghub.support.TestEvents.event;
import static org.safeguardinghub.support.TestEvents.subject;
import static org.safeguardinghub.support.TestEvents.unique;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.safeguardinghub.access.Administration;
import org.safeguardinghub.access.Agencies;
import org.safeguardinghub.access.Agency;
import org.safeguardinghub.access.AgencyType;
import org.safeguardinghub.access.ApiClients;
import org.safeguardinghub.access.ChildRelations.GrantKind;
import org.safeguardinghub.access.Practitioners;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.access.matrix.Expected.Relationship;
import org.safeguardinghub.chronology.AccessGrants;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.ChronologyEntries;
import org.safeguardinghub.chronology.EventType;
import org.safeguardinghub.chronology.NewEvent;
import org.safeguardinghub.chronology.Significance;
import org.safeguardinghub.shared.HubTime;
import org.safeguardinghub.support.Api;
import org.safeguardinghub.support.HubIntegrationTest;
import org.safeguardinghub.support.TestEvents;
import org.safeguardinghub.support.WebSession;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.ObjectNode;

/**
 * The matrix's world: a practitioner for every role in an agency of every type (and the agencies'
 * partner systems), and one child per relationship, each holding an entry of every sensitivity from
 * a source agency none of the actors belongs to, a correction that raised an entry to police
 * intelligence, an alert raised by restricted health entries and a professional disagreement.
 * Every restricted field carries a marker unique to the child, so a response can be searched for
 * any byte of it.
 */
final class MatrixFixture {

    /** One agency of each type, from the demo data set; and another area's social care. */
    static final Map<AgencyType, String> AGENCY_OF_TYPE = new EnumMap<>(Map.of(
            AgencyType.CHILDRENS_SOCIAL_CARE, "CSC-NORTH", AgencyType.POLICE, "POLICE-NORTH",
            AgencyType.HEALTH, "ED-NORTH", AgencyType.EDUCATION, "SCHOOL-NORTH",
            AgencyType.YOUTH_JUSTICE, "YOT-NORTH", AgencyType.CARE_PROVIDER, "HOME-SOUTH",
            AgencyType.VOLUNTARY, "VCS-NORTH", AgencyType.ADULT_SERVICES, "ASC-NORTH"));
    static final String OTHER_AREA_SOCIAL_CARE = "CSC-SOUTH";
    static final String SOURCE = "MATRIX-SOURCE";
    static final String RECORDER = "matrix.recorder";
    static final List<String> GIVEN_NAMES = List.of("Aurelio", "Bethany", "Cosmina", "Dragomir", "Eulalia", "Fenwick",
            "Gwendolyn", "Horatio");

    /** A child of the matrix and the ids its probes need. */
    record MatrixChild(Relationship relationship, String id, String tag, String familyName, UUID correctedEvent,
                       Map<Sensitivity, UUID> entries, String alertId, String disagreementPath) {

        String marker(Sensitivity sensitivity) {
            return "MXS-" + sensitivity + "-" + tag;
        }

        String detailMarker(Sensitivity sensitivity) {
            return "MXD-" + sensitivity + "-" + tag;
        }

        String firstVersionMarker() {
            return "MXV1-" + tag;
        }

        String correctedMarker() {
            return "MXV2-" + tag;
        }

        String attendanceMarker(int i) {
            return "MXED" + i + "-" + tag;
        }

        String ownMarker(String agencyCode) {
            return "MXOWN-" + agencyCode + "-" + tag;
        }
    }

    private final int port;
    private final JdbcClient jdbc;
    private final Administration administration;
    private final Agencies agencies;
    private final Practitioners practitioners;
    private final ApiClients clients;
    private final AccessGrants grants;
    private final ChronologyEntries entries;
    final List<MatrixActor> actors = new ArrayList<>();
    final Map<Relationship, MatrixChild> children = new EnumMap<>(Relationship.class);

    MatrixFixture(int port, JdbcClient jdbc, Administration administration, Agencies agencies, Practitioners practitioners,
                  ApiClients clients, AccessGrants grants, ChronologyEntries entries) {
        this.port = port;
        this.jdbc = jdbc;
        this.administration = administration;
        this.agencies = agencies;
        this.practitioners = practitioners;
        this.clients = clients;
        this.grants = grants;
        this.entries = entries;
    }

    MatrixFixture build() {
        source();
        String run = UUID.randomUUID().toString().substring(0, 6);
        for (AgencyType type : AgencyType.values()) {
            Agency agency = agencies.byCode(AGENCY_OF_TYPE.get(type)).orElseThrow();
            for (Role role : Role.values()) {
                actors.add(person("mx" + run + "." + role.name().toLowerCase() + "." + type.name().toLowerCase(), role, agency));
            }
            actors.add(partner(agency));
        }
        Agency south = agencies.byCode(OTHER_AREA_SOCIAL_CARE).orElseThrow();
        actors.add(person("mx" + run + ".team_manager.south", Role.TEAM_MANAGER, south));
        actors.add(partner(south));
        for (Relationship relationship : Relationship.values()) {
            children.put(relationship, child(relationship));
        }
        return this;
    }

    /** The source agency the planted entries come from, its partner system and a practitioner who corrects. */
    private void source() {
        Administration.ChangedBy by = Administration.ChangedBy.system("access matrix");
        if (!agencies.exists(SOURCE)) {
            administration.addAgency(by, SOURCE, "Matrix source (synthetic)", "VOLUNTARY", "North");
            administration.addClient(by, SOURCE, SOURCE, "Access matrix source");
            administration.addPractitioner(by, RECORDER, "Matrix Recorder", null, null, null, SOURCE, null,
                    Set.of("PRACTITIONER"), HubIntegrationTest.SECRET);
        }
        clients.setSecret(SOURCE, HubIntegrationTest.SECRET);
    }

    private MatrixActor person(String username, Role role, Agency agency) {
        var made = administration.addPractitioner(Administration.ChangedBy.system("access matrix"), username,
                "Matrix " + role, null, null, null, agency.code(), null, Set.of(role.name()), HubIntegrationTest.SECRET);
        if (!made.ok()) {
            throw new IllegalStateException("could not add " + username + ": " + made.errors());
        }
        return new MatrixActor(username, role, agency.code(), agency.id(), agency.type(), agency.area(),
                made.made().practitioner().id());
    }

    private static MatrixActor partner(Agency agency) {
        return new MatrixActor(null, null, agency.code(), agency.id(), agency.type(), agency.area(), null);
    }

    private MatrixChild child(Relationship relationship) {
        String tag = relationship.name().replace("_", "") + UUID.randomUUID().toString().substring(0, 8);
        String family = TestEvents.familyName();
        // a given name and date of birth of its own, so that no two children of the matrix look alike to the matcher
        ObjectNode subject = subject(GIVEN_NAMES.get(relationship.ordinal()), family,
                LocalDate.of(2009, 1, 3).plusMonths(relationship.ordinal() * 5L).plusDays(relationship.ordinal() * 3L).toString());
        Map<Sensitivity, UUID> planted = new LinkedHashMap<>();
        String id = plant(subject, tag, planted);
        ChildId child = ChildId.parse(id).orElseThrow();
        UUID recorder = practitioners.byUsername(RECORDER).orElseThrow().id();
        member(child, agencies.byCode(SOURCE).orElseThrow().id(), recorder, false, false);
        UUID corrected = correct(id, tag);
        String disagreement = disagreement(id);
        String alert = jdbc.sql("select id::text from oversight.alert where child_id = :c and code = 'ED_ATTENDANCE_PATTERN'")
                .param("c", child.value()).query(String.class).single();
        relate(relationship, child, subject, tag);
        return new MatrixChild(relationship, id, tag, family, corrected, planted, alert, disagreement);
    }

    /** Sends the source agency's entries: one of each sensitivity, one to be corrected, three restricted attendances. */
    private String plant(ObjectNode subject, String tag, Map<Sensitivity, UUID> planted) {
        List<ObjectNode> events = new ArrayList<>();
        Map<String, Sensitivity> bySource = new LinkedHashMap<>();
        for (Sensitivity sensitivity : Sensitivity.IN_THE_FEED) {
            String type = sensitivity == Sensitivity.SEXUAL_HEALTH ? "SEXUAL_HEALTH_CONTACT" : "HEALTH_CONTACT";
            ObjectNode e = event(unique("MX"), subject, type, "2026-01-0" + (1 + sensitivity.ordinal()) + "T10:00:00Z");
            e.put("summary", "MXS-" + sensitivity + "-" + tag).put("sensitivity", sensitivity.name());
            e.putObject("details").put("reason", "MXD-" + sensitivity + "-" + tag);
            events.add(e);
            bySource.put(e.get("eventId").stringValue(), sensitivity);
        }
        events.add(event(unique("MXV"), subject, "NOTE", "2026-02-01T10:00:00Z").put("summary", "MXV1-" + tag));
        for (int i = 0; i < 3; i++) {
            events.add(event(unique("MXED"), subject, "ED_ATTENDANCE", "2026-03-0" + (1 + i) + "T22:00:00Z")
                    .put("summary", "MXED" + i + "-" + tag).put("sensitivity", "HEALTH"));
        }
        Api.Response sent = new Api(port).as(SOURCE).post("/api/v1/events", batch(events.toArray(ObjectNode[]::new)));
        if (sent.status() != 200) {
            throw new IllegalStateException("the matrix's entries were refused: " + sent.body());
        }
        String id = sent.json().get("results").get(0).get("childId").stringValue();
        jdbc.sql("select event_id, source_event_id from chronology.event where child_id = :c and source_event_id = any(:s)")
                .param("c", ChildId.parse(id).orElseThrow().value())
                .param("s", bySource.keySet().toArray(String[]::new))
                .query(rs -> {
                    planted.put(bySource.get(rs.getString(2)), rs.getObject(1, UUID.class));
                });
        // the child's own words are recorded on the child's page, not sent through the feed
        planted.put(Sensitivity.CHILD_DISCLOSURE, entries.record(ChildId.parse(id).orElseThrow(),
                agencies.byCode(SOURCE).orElseThrow().id(), ChronologyEntries.Author.system("access matrix"),
                new NewEvent(EventType.HEALTH_CONTACT, Instant.parse("2026-01-06T10:00:00Z"), null,
                        "MXS-CHILD_DISCLOSURE-" + tag, Significance.ROUTINE, Sensitivity.CHILD_DISCLOSURE,
                        Map.of("reason", "MXD-CHILD_DISCLOSURE-" + tag))));
        return id;
    }

    /** The recorder corrects the standard note to police intelligence: the first version must not stay readable. */
    private UUID correct(String child, String tag) {
        UUID event = jdbc.sql("select event_id from chronology.event where child_id = :c and summary = :s")
                .param("c", ChildId.parse(child).orElseThrow().value()).param("s", "MXV1-" + tag).query(UUID.class).single();
        WebSession recorder = WebSession.signedIn(port, RECORDER);
        String path = "/children/" + child + "/entries/" + event + "/correct";
        recorder.get(path);
        WebSession.Page corrected = recorder.post(path, Map.of("type", "NOTE", "occurredDay", "1", "occurredMonth", "2",
                "occurredYear", "2026", "summary", "MXV2-" + tag, "significance", "SIGNIFICANT",
                "sensitivity", "POLICE_INTELLIGENCE", "version", "1", "reason", "Intelligence came to light."));
        if (corrected.status() != 302) {
            throw new IllegalStateException("the matrix's correction was refused: " + corrected.body());
        }
        return event;
    }

    private String disagreement(String child) {
        WebSession recorder = WebSession.signedIn(port, RECORDER);
        recorder.get("/children/" + child + "/disagreements/new");
        WebSession.Page raised = recorder.post("/children/" + child + "/disagreements", Map.of("kind", "CASE_CLOSURE",
                "decision", "Closure of the case", "withAgency", "CSC-NORTH", "reason", "Concerns remain."));
        if (raised.status() != 302) {
            throw new IllegalStateException("the matrix's disagreement was refused: " + raised.body());
        }
        return java.net.URI.create(raised.location()).getPath();
    }

    private void relate(Relationship relationship, ChildId child, ObjectNode subject, String tag) {
        switch (relationship) {
            case NONE -> { }
            case SENT -> agencyCodes().forEach(code -> new Api(port).as(code).post("/api/v1/events",
                    batch(event(unique("OWN"), subject, "NOTE", "2026-04-01").put("summary", "MXOWN-" + code + "-" + tag))));
            case NETWORK, ALLOCATED -> persons().forEach(a -> member(child, a.agencyId(), a.practitionerId(),
                    relationship == Relationship.ALLOCATED, false));
            case MASH -> grants.toRoles(child, GrantKind.MASH, agencies.byCode("CSC-NORTH").orElseThrow().id(),
                    Set.of(Role.MASH_OFFICER, Role.TEAM_MANAGER), "matrix: a contact open at the front door", "matrix-" + tag,
                    "access matrix");
            case MEETING -> persons().forEach(a -> grants.toPractitioner(child, GrantKind.MEETING, a.agencyId(),
                    a.practitionerId(), null, "matrix: invited to a meeting", "matrix-" + tag, "access matrix"));
            case BREAK_GLASS -> persons().forEach(a -> grants.toPractitioner(child, GrantKind.BREAK_GLASS, a.agencyId(),
                    a.practitionerId(), Instant.now().plus(Duration.ofHours(2)), "matrix: emergency", null, "access matrix"));
            case ENDED -> ended(child, tag);
        }
    }

    /** Each agency worked with the child and wrote about them; every relationship has ended. */
    private void ended(ChildId child, String tag) {
        for (String code : agencyCodes()) {
            UUID agency = agencies.byCode(code).orElseThrow().id();
            member(child, agency, null, false, true);
            entries.record(child, agency, ChronologyEntries.Author.system("access matrix"),
                    NewEvent.note(Instant.parse("2026-04-01T10:00:00Z"), "MXOWN-" + code + "-" + tag));
        }
        persons().forEach(a -> member(child, a.agencyId(), a.practitionerId(), false, true));
    }

    private void member(ChildId child, UUID agency, UUID practitioner, boolean allocated, boolean ended) {
        LocalDate today = LocalDate.now(HubTime.ZONE);
        jdbc.sql("""
                insert into chronology.network_member (id, child_id, agency_id, practitioner_id, role, started_on, ended_on,
                                                       recorded_by, recorded_at, allocated)
                values (:id, :child, :agency, :practitioner, 'Access matrix', :from, :until, 'access matrix', now(), :allocated)""")
                .param("id", UUID.randomUUID()).param("child", child.value()).param("agency", agency)
                .param("practitioner", practitioner).param("from", today.minusDays(10))
                .param("until", ended ? today.minusDays(1) : null).param("allocated", allocated).update();
    }

    private List<MatrixActor> persons() {
        return actors.stream().filter(MatrixActor::person).toList();
    }

    private List<String> agencyCodes() {
        return actors.stream().map(MatrixActor::agencyCode).distinct().toList();
    }
}
