package org.safeguardinghub.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguardinghub.support.TestEvents.batch;
import static org.safeguardinghub.support.TestEvents.event;
import static org.safeguardinghub.support.TestEvents.familyName;
import static org.safeguardinghub.support.TestEvents.subject;
import static org.safeguardinghub.support.TestEvents.unique;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.frontdoor.internal.DecisionDeadlines;
import org.safeguardinghub.support.Api;
import org.safeguardinghub.support.HubIntegrationTest;
import org.safeguardinghub.support.Network;
import org.safeguardinghub.support.TestMailServer;
import org.safeguardinghub.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The front door against the real database: contacts, triage, information requests, decisions, levels of need. */
@HubIntegrationTest
class FrontDoorIT {

    static final Pattern REFERENCE = Pattern.compile("C-\\d{4}-\\d{6}");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DecisionDeadlines deadlines;

    static Map<String, String> contactForm(String givenName, String familyName) {
        Map<String, String> form = new HashMap<>(Map.of("givenName", givenName, "familyName", familyName,
                "dateOfBirthDay", "14", "dateOfBirthMonth", "3", "dateOfBirthYear", "2012",
                "concern", "Seen getting into a car with an older man after school, twice this week.",
                "categories", "CSE", "childVoice", "She said he is her boyfriend and buys her things.",
                "parentsAware", "NO", "urgency", "URGENT"));
        form.put("referrerRole", "Designated safeguarding lead");
        return form;
    }

    /** Makes a contact as this practitioner; returns its reference. */
    String makeContact(WebSession session, Map<String, String> form) {
        session.get("/contacts/new");
        WebSession.Page made = session.post("/contacts", form);
        assertThat(made.status()).as("contact refused").isEqualTo(302);
        Matcher m = REFERENCE.matcher(made.location());
        assertThat(m.find()).isTrue();
        return m.group();
    }

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void badInputIsExplainedAndNothingIsStored() {
        WebSession school = WebSession.signedIn(port, "dsl.north");
        long contacts = count("select count(*) from frontdoor.contact");
        long events = count("select count(*) from chronology.event");
        school.get("/contacts/new");
        Map<String, String> noChild = contactForm("", "");
        noChild.put("concern", " ");
        noChild.put("referrerAgency", "NO-SUCH-AGENCY");
        WebSession.Page refused = school.post("/contacts", noChild);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("There is a problem")
                .contains("Enter the child&#39;s given name, family name and date of birth, or a valid NHS number")
                .contains("Describe your concern").contains("Choose an agency that is known here");
        Map<String, String> badNhs = contactForm("Ruby", familyName());
        badNhs.put("nhsNumber", "1234567890");
        badNhs.remove("categories");
        assertThat(school.post("/contacts", badNhs).body()).contains("Enter a valid 10-digit NHS number")
                .contains("Choose at least one category");
        assertThat(count("select count(*) from frontdoor.contact")).isEqualTo(contacts);
        assertThat(count("select count(*) from chronology.event")).isEqualTo(events);
    }

    @Test
    void aContactGetsAReferenceAndItsDeadlineAtOnce() {
        WebSession school = WebSession.signedIn(port, "dsl.north");
        String reference = makeContact(school, contactForm("Skye", familyName()));
        WebSession.Page page = school.get("/contacts/" + reference + "?made");
        assertThat(page.body()).contains("Contact made").contains(reference)
                .contains("This is a contact; a decision will be made by")
                .containsAnyOf("A decision is due within one working day of the contact.",
                        "The contact came on a day that is not a working day, so the clock starts with the next working day");
        assertThat(school.get("/contacts").body()).contains(reference).contains("Awaiting decision");
        // another school's practitioner cannot see it
        assertThat(WebSession.signedIn(port, "gp.north").get("/contacts/" + reference).status()).isEqualTo(404);
        // it is in the child's chronology as a contact from the school
        assertThat(count("select count(*) from chronology.event e join frontdoor.contact c on c.event_id = e.event_id "
                + "where c.reference = '" + reference + "' and e.type = 'CONTACT'")).isEqualTo(1);
    }

    @Test
    void theMashDecidesWithPartnersInformationAndTheReferrerHearsWhy() throws Exception {
        String family = familyName();
        WebSession school = WebSession.signedIn(port, "dsl.north");
        WebSession mash = WebSession.signedIn(port, "mash.north");
        WebSession manager = WebSession.signedIn(port, "tm.north");
        // two earlier contacts, both closed with no further action
        for (int i = 0; i < 2; i++) {
            String earlier = makeContact(school, contactForm("Lacey", family));
            decide(mash, earlier, "1", "1:0", "NO_FURTHER_ACTION", "Advice given to school.");
            manager.get("/triage/" + earlier);
            assertThat(manager.post("/triage/" + earlier + "/sign-off", Map.of("note", "")).status()).isEqualTo(302);
        }
        String reference = makeContact(school, contactForm("Lacey", family));

        WebSession.Page queue = mash.get("/triage");
        assertThat(queue.body()).contains(reference).contains("Lacey " + family);
        WebSession.Page view = mash.get("/triage/" + reference);
        assertThat(view.body()).contains("3rd contact in 12 months; 2 of the previous 2 closed with no further action")
                .contains("No further action (advice given)").contains("Repeat contacts");

        // the MASH asks the police, who answer; the answer is in the contact and the chronology
        assertThat(mash.post("/triage/" + reference + "/requests", Map.of("agency", "POLICE-NORTH",
                "question", "Any intelligence on the car or the man?", "hours", "4")).status()).isEqualTo(302);
        WebSession police = WebSession.signedIn(port, "police.north");
        WebSession.Page requests = police.get("/information-requests");
        Matcher request = Pattern.compile("/information-requests/([0-9a-f-]{36})").matcher(requests.body());
        String requestPath = null;
        while (request.find()) {
            String path = request.group();
            if (police.get(path).body().contains(reference)) {
                requestPath = path;
                break;
            }
        }
        assertThat(requestPath).isNotNull();
        police.get(requestPath);
        assertThat(police.post(requestPath, Map.of("answer", "")).body()).contains("Enter your agency&#39;s answer");
        assertThat(police.post(requestPath, Map.of("answer", "Vehicle linked to a man known for CSE offences.")).status())
                .isEqualTo(302);
        assertThat(mash.get("/triage/" + reference).body()).contains("Vehicle linked to a man known for CSE offences.");

        mash.get("/triage/" + reference);
        assertThat(mash.post("/triage/" + reference + "/rating", Map.of("rag", "RED")).status()).isEqualTo(302);
        // a decision must rest on descriptors of the level chosen
        WebSession.Page wrong = mash.post("/triage/" + reference + "/decision", Map.of("level", "3",
                "descriptors", "1:0", "rationale", "x", "outcome", "CHILD_AND_FAMILY_ASSESSMENT"));
        assertThat(wrong.body()).contains("Choose the descriptors of that level you relied on");
        decide(mash, reference, "3", "3:2", "CHILD_AND_FAMILY_ASSESSMENT", "");
        // the decider cannot sign off their own decision; a manager can
        assertThat(mash.get("/triage/" + reference).body()).doesNotContain("Sign off the decision");
        manager.get("/triage/" + reference);
        assertThat(manager.post("/triage/" + reference + "/sign-off", Map.of("note", "Agreed")).status()).isEqualTo(302);
        assertThat(manager.get("/triage/" + reference).body()).contains("This contact is now a referral")
                .contains("The assessment is due by");
        assertThat(mash.get("/triage").body()).doesNotContain(reference);

        assertThat(school.get("/inbox").body()).contains("Outcome of your contact " + reference);
        // the e-mail links to the outcome; it does not carry it
        assertThat(TestMailServer.await("dsl.north@school-north.example", "Outcome of your contact " + reference)
                .getContent().toString()).contains("/contacts/" + reference).doesNotContain("referral")
                .doesNotContain("police intelligence");
        WebSession.Page outcome = school.get("/contacts/" + reference);
        assertThat(outcome.body()).contains("This contact is now a referral to children&#39;s social care")
                .contains("3 – Child in need").contains("Repeated concern; police intelligence links the car")
                .contains("Early signs of exploitation: older associates, unexplained money or gifts, substance misuse")
                .contains("Disagree with this decision").contains("kind=THRESHOLD_DECISION");

        String child = jdbc.sql("select child_id::text from frontdoor.contact where reference = :r").param("r", reference)
                .query(String.class).single();
        assertThat(manager.get("/children/c-" + child).body()).contains("Level of need now: 3 (Child in need)");
        assertThat(jdbc.sql("select summary from chronology.event where child_id = cast(:c as uuid) and type = 'NOTE'")
                .param("c", child).query(String.class).list())
                .anyMatch(s -> s.startsWith("POLICE-NORTH answered the MASH about contact " + reference))
                .anyMatch(s -> s.startsWith("Threshold decision on contact " + reference + ": level 3"))
                .anyMatch(s -> s.contains(reference + " signed off by Helen Brightwell"));
    }

    private void decide(WebSession mash, String reference, String level, String descriptor, String outcome, String advice) {
        mash.get("/triage/" + reference);
        WebSession.Page decided = mash.post("/triage/" + reference + "/decision", Map.of("level", level,
                "descriptors", descriptor, "rationale",
                "Repeated concern; police intelligence links the car to a man known for CSE offences.",
                "outcome", outcome, "advice", advice));
        assertThat(decided.status()).as("decision on %s refused", reference).isEqualTo(302);
    }

    @Test
    void aDecisionPastItsDeadlineRaisesDecisionOverdueUntilItIsTaken() {
        WebSession school = WebSession.signedIn(port, "dsl.north");
        String reference = makeContact(school, contactForm("Maisie", familyName()));
        jdbc.sql("update frontdoor.contact set decision_due_at = now() - interval '1 minute' where reference = :r")
                .param("r", reference).update();
        // the scheduled check may get there first; either way the contact is looked at once
        deadlines.run();
        String child = jdbc.sql("select child_id::text from frontdoor.contact where reference = :r").param("r", reference)
                .query(String.class).single();
        String status = "select status from oversight.alert where child_id = cast(:c as uuid) and code = 'DECISION_OVERDUE'";
        assertThat(jdbc.sql(status).param("c", child).query(String.class).list()).containsExactly("OPEN");
        // the MASH managers are told, by a link to the child rather than the child's name
        assertThat(WebSession.signedIn(port, "mashtm.north").get("/inbox").body()).contains("New alert: Decision overdue")
                .contains("/children/c-" + child);
        deadlines.run();
        assertThat(count("select count(*) from frontdoor.decision_overdue_seen s join frontdoor.contact c "
                + "on c.id = s.contact_id where c.reference = '" + reference + "'")).isEqualTo(1);
        assertThat(jdbc.sql(status).param("c", child).query(String.class).list()).containsExactly("OPEN");

        WebSession mash = WebSession.signedIn(port, "mash.north");
        decide(mash, reference, "2", "2:2", "EARLY_HELP", "");
        assertThat(jdbc.sql(status).param("c", child).query(String.class).list()).containsExactly("WITHDRAWN");
        assertThat(mash.get("/triage/" + reference).body()).contains("The decision was made after its deadline.");
    }

    @Test
    void aContactSentThroughTheFeedIsTriagedAndItsAgencyReadsTheOutcome() {
        Api school = new Api(port).as("SCHOOL-NORTH");
        String eventId = unique("CON");
        String family = familyName();
        ObjectNode contact = event(eventId, subject("Nevaeh", family, "2013-05-02"), "CONTACT",
                Instant.now().minus(Duration.ofDays(2)).toString());
        contact.put("significance", "CRITICAL");
        contact.putObject("details").put("concern", "Disclosed being taken to a flat by older boys.")
                .put("referrerName", "A. Teacher").putArray("categories").add("CSE");
        ObjectNode history = event(unique("CON"), subject("Nevaeh", family, "2013-05-02"), "CONTACT",
                Instant.now().minus(Duration.ofDays(70)).toString());
        assertThat(school.post("/api/v1/events", batch(contact, history)).status()).isEqualTo(200);

        JsonNode read = school.get("/api/v1/contacts/" + eventId).json();
        assertThat(read.get("status").stringValue()).isEqualTo("AWAITING_DECISION");
        assertThat(read.get("referral").booleanValue()).isFalse();
        String reference = read.get("reference").stringValue();
        assertThat(school.get("/api/v1/contacts/" + reference).json().get("eventId").stringValue()).isEqualTo(eventId);
        Api.Response other = new Api(port).as("POLICE-NORTH").get("/api/v1/contacts/" + reference);
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.contentType()).startsWith("application/problem+json");

        WebSession mash = WebSession.signedIn(port, "mash.north");
        WebSession.Page queue = mash.get("/triage");
        assertThat(queue.body()).contains(reference).contains("Immediate: the child may be at risk now")
                // the demo data set's two contacts of yesterday, sent through the feed like this one
                .contains("Zoë Marchbank").contains("Natalia");
        // the older contact arrived in the same batch, yet counts as made before this one
        assertThat(mash.get("/triage/" + reference).body())
                .contains("2nd contact in 12 months; 0 of the previous 1 closed with no further action");
        assertThat(count("select count(*) from frontdoor.contact where source = 'FEED' and not awaiting_decision "
                + "and source_event_id = '" + history.get("eventId").stringValue() + "'")).isEqualTo(1);
    }

    @Test
    void theLevelOfNeedChangesOnlyByASignedOffDecisionWithAReviewBeforeSteppingDown() {
        WebSession school = WebSession.signedIn(port, "dsl.north");
        WebSession mash = WebSession.signedIn(port, "mash.north");
        WebSession manager = WebSession.signedIn(port, "tm.north");
        String reference = makeContact(school, contactForm("Tilly", familyName()));
        decide(mash, reference, "3", "3:0", "CHILD_AND_FAMILY_ASSESSMENT", "");
        manager.get("/triage/" + reference);
        manager.post("/triage/" + reference + "/sign-off", Map.of("note", ""));
        String child = "c-" + jdbc.sql("select child_id::text from frontdoor.contact where reference = :r")
                .param("r", reference).query(String.class).single();

        Network.of(port, child).allocate("sw.north");
        WebSession social = WebSession.signedIn(port, "sw.north");
        social.get("/children/" + child + "/level-of-need/new");
        WebSession.Page noReview = social.post("/children/" + child + "/level-of-need", Map.of("kind", "STEP_DOWN",
                "to", "2", "rationale", "Engaging well with the assessment."));
        assertThat(noReview.body()).contains("Stepping down or closing needs a multi-agency review first")
                .contains("Name the agencies consulted");
        WebSession.Page notUp = social.post("/children/" + child + "/level-of-need", Map.of("kind", "STEP_UP",
                "to", "2", "rationale", "x"));
        assertThat(notUp.body()).contains("Stepping up must raise the level");
        Map<String, String> stepDown = new HashMap<>(Map.of("kind", "STEP_DOWN", "to", "2",
                "rationale", "Engaging well; risks reduced.", "reviewHeld", "true", "agenciesConsulted", "SCHOOL-NORTH"));
        assertThat(social.post("/children/" + child + "/level-of-need", stepDown).status()).isEqualTo(302);
        assertThat(social.get("/children/" + child).body()).contains("Level of need now: 3 (Child in need)")
                .contains("Awaiting a manager&#39;s sign-off");
        WebSession.Page page = manager.get("/children/" + child + "?tab=level-of-need");
        assertThat(page.body()).contains("Sign off the change");
        assertThat(manager.post("/children/" + child + "/level-of-need/sign-off", Map.of()).status()).isEqualTo(302);
        assertThat(manager.get("/children/" + child).body()).contains("Level of need now: 2 (Early help)");
        assertThat(manager.get("/children/" + child + "?tab=level-of-need").body())
                .contains("after a multi-agency review with SCHOOL-NORTH");
    }

    @Test
    void anAdministratorPublishesANewVersionOfTheThresholdDocument() {
        WebSession admin = WebSession.signedIn(port, "admin");
        WebSession.Page form = admin.get("/admin/thresholds");
        assertThat(form.body()).contains("Child protection / immediate risk");
        Map<String, String> edit = new HashMap<>();
        for (int level = 1; level <= 4; level++) {
            edit.put("name" + level, level == 2 ? "Early help (targeted)" : new String[] {"Universal", "", "Child in need",
                    "Child protection / immediate risk"}[level - 1]);
            edit.put("descriptors" + level, "Descriptor A of level " + level + "\nDescriptor B of level " + level);
        }
        assertThat(admin.post("/admin/thresholds", edit).body()).contains("Say what changed and why");
        edit.put("changeNote", "Partnership review of early help");
        WebSession.Page saved = admin.post("/admin/thresholds", edit);
        assertThat(saved.status()).isEqualTo(302);
        assertThat(admin.get(URI.create(saved.location()).getPath() + "?saved").body()).contains("Early help (targeted)");
        // put the default back for the other tests, as a further version (nothing is edited in place)
        Map<String, String> back = new HashMap<>(Map.of("changeNote", "Back to the default"));
        jdbc.sql("select level, name, array_to_string(descriptors, E'\\n') d from frontdoor.threshold_level where version = 1")
                .query(rs -> {
                    back.put("name" + rs.getInt("level"), rs.getString("name"));
                    back.put("descriptors" + rs.getInt("level"), rs.getString("d"));
                });
        admin.get("/admin/thresholds");
        assertThat(admin.post("/admin/thresholds", back).status()).isEqualTo(302);
        assertThat(count("select count(*) from frontdoor.threshold_version")).isGreaterThanOrEqualTo(3);
    }
}
