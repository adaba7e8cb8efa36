package org.safeguardinghub.access.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.safeguardinghub.access.Administration;
import org.safeguardinghub.access.Agencies;
import org.safeguardinghub.access.ApiClients;
import org.safeguardinghub.access.Practitioners;
import org.safeguardinghub.access.matrix.Expected.Outcome;
import org.safeguardinghub.access.matrix.MatrixFixture.MatrixChild;
import org.safeguardinghub.chronology.AccessGrants;
import org.safeguardinghub.chronology.ChildPageSection;
import org.safeguardinghub.chronology.ChronologyEntries;
import org.safeguardinghub.support.Api;
import org.safeguardinghub.support.HubIntegrationTest;
import org.safeguardinghub.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The access matrix (issue 12): every role in an agency of every type, and every agency's partner
 * system, against a child in each relationship (none, sent events, network, allocated, MASH,
 * meeting, break-glass, ended), through every endpoint about a child (pages, tabs, forms, exports,
 * the API). Each child holds an entry of every sensitivity with a marker in every restricted field;
 * each answer is allowed or "not found" as {@link Expected} says, never holds a marker the actor may
 * not read, and, where it lists the chronology, holds every one they may. An endpoint the matrix
 * does not cover fails {@link #everyEndpointIsInTheMatrixOrSaysWhyNot}.
 */
@HubIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIT {

    /** Endpoints that are not about one child, each with where its access is tested instead. */
    static final Map<String, String> NOT_ABOUT_ONE_CHILD = new TreeMap<>(Map.ofEntries(
            Map.entry("/", "the practitioner's own caseload: ChildPagesIT, listsNeverHoldAnUnreadableMarker"),
            Map.entry("/login", "signing in"),
            Map.entry("/login/second-factor", "the code step of signing in, about the person signing in only: SecondFactorIT"),
            Map.entry("/account/password", "the signed-in person's own password, about no child: PasswordIT"),
            Map.entry("/password-reset/{token}", "a one-time link to set a password, about no child: PasswordIT"),
            Map.entry("/account/second-factor", "the signed-in person's own second factor, about no child: SecondFactorIT"),
            Map.entry("/break-glass", "the form to identify a child in an emergency: BreakGlassIT"),
            Map.entry("/inbox", "the practitioner's own notifications, links without names: listsNeverHoldAnUnreadableMarker"),
            Map.entry("/contacts", "the referrer's own contacts: FrontDoorIT, listsNeverHoldAnUnreadableMarker"),
            Map.entry("/contacts/new", "a blank contact form"),
            Map.entry("/contacts/{reference}", "a contact, to its referrer only: FrontDoorIT"),
            Map.entry("/triage", "the MASH queue, children under MASH grants: FrontDoorIT, listsNeverHoldAnUnreadableMarker"),
            Map.entry("/triage/{reference}", "a contact under triage, opened through the child's record: FrontDoorIT"),
            Map.entry("/information-requests", "requests to the practitioner's agency: FrontDoorIT, listsNeverHoldAnUnreadableMarker"),
            Map.entry("/information-requests/{id}", "one request to the practitioner's agency: FrontDoorIT"),
            Map.entry("/identity/reviews", "the match review queue, children the reviewer may open: MatchReviewIT"),
            Map.entry("/identity/reviews/{id}", "a pair opened through both children's records: MatchReviewIT"),
            Map.entry("/oversight", "the managers' view, children the manager may open: ManagersViewIT"),
            Map.entry("/oversight.csv", "the managers' view as CSV: ManagersViewIT"),
            Map.entry("/audit", "the data protection officer's audit: AuditTrailIT"),
            Map.entry("/audit/children", "one child's audit, for the data protection officer: AuditTrailIT"),
            Map.entry("/audit/users", "one user's audit, for the data protection officer: AuditTrailIT"),
            Map.entry("/api/v1/contacts/{reference}", "a contact, to the agency that sent it: FrontDoorIT"),
            Map.entry("/subject-access", "the data protection officer's lookup for a subject access request: SubjectAccessIT"),
            Map.entry("/subject-access/{childId}", "a subject access export, by the officer's role, not a relationship: SubjectAccessIT"),
            Map.entry("/subject-access/{childId}.json", "the same export to download: SubjectAccessIT"),
            Map.entry("/retention", "records due for retention review, for the data protection officer: SubjectAccessIT"),
            Map.entry("/children/{id}/risk/screenings/{screening}", "one screening, opened through the child's record: ScreeningIT"),
            Map.entry("/risk/contexts/{id}", "a context, to those who see one of its children or recorded it: ContextsIT"),
            Map.entry("/risk/network", "the area's network view, children the viewer may open: ContextsIT"),
            Map.entry("/missing/patterns", "the missing patterns table for managers, children the manager may open: MissingPatternsIT"),
            Map.entry("/api/v1/children/{childId}/risk", "exploitation risk to a partner system: RiskApiIT"),
            Map.entry("/children/{id}/plans/{planId}", "a plan, opened through the child's record: PlansNeedToKnowIT"),
            Map.entry("/children/{id}/plans/{planId}.pdf", "a plan's PDF, opened through the child's record: PlansNeedToKnowIT"),
            Map.entry("/children/{id}/plans/{planId}/history", "a plan's versions, through the child's record: PlansNeedToKnowIT"),
            Map.entry("/children/{id}/plans/{planId}/reviews/new", "a plan's review form: PlansNeedToKnowIT"),
            Map.entry("/children/{id}/plans/{planId}/actions/new", "a plan's new action form: PlansNeedToKnowIT"),
            Map.entry("/children/{id}/plans/{planId}/leave", "leaving a plan: PlansNeedToKnowIT"),
            Map.entry("/children/{id}/plans/{planId}/close", "closing a plan: PlansNeedToKnowIT"),
            Map.entry("/api/v1/children/{childId}/plans", "the plans API, to agencies in the plans: PlansNeedToKnowIT, PlansApiIT"),
            Map.entry("/children/{id}/missing/episodes/{episodeId}/return", "one missing episode's return form: "
                    + "MissingIT, aPractitionerWithNoRelationshipFindsNoChildAndThePoliceToldOfAnEpisodeSeeOnlyItsMissingParts"),
            Map.entry("/children/{id}/missing/episodes/{episodeId}/interview", "one missing episode's return interview form: "
                    + "MissingIT, aPractitionerWithNoRelationshipFindsNoChildAndThePoliceToldOfAnEpisodeSeeOnlyItsMissingParts"),
            Map.entry("/api/v1/children/{childId}/missing-episodes", "a child's missing episodes to a partner system: "
                    + "MissingIT, aPractitionerWithNoRelationshipFindsNoChildAndThePoliceToldOfAnEpisodeSeeOnlyItsMissingParts"),
            Map.entry("/children/{id}/meetings/{meetingId}", "a meeting, to its invitees and the whole record's readers: "
                    + "MeetingsApiIT, aMeetingIsNotFoundToSomeoneWithoutARelationshipOrAnInvitation"),
            Map.entry("/children/{id}/meetings/{meetingId}/minutes", "a meeting's minutes form: "
                    + "MeetingsApiIT, aMeetingIsNotFoundToSomeoneWithoutARelationshipOrAnInvitation"),
            Map.entry("/children/{id}/meetings/{meetingId}/minutes.pdf", "a meeting's minutes as PDF: "
                    + "MeetingsApiIT, aMeetingIsNotFoundToSomeoneWithoutARelationshipOrAnInvitation"),
            Map.entry("/api/v1/meetings/{meetingId}", "a meeting, to the agencies invited: "
                    + "MeetingsApiIT, theAgenciesInvitedReadTheMeetingAndWhatTheyAgreedAndNobodyElseDoes"),
            Map.entry("/v3/api-docs", "the OpenAPI description"),
            Map.entry("/v3/api-docs.yaml", "the OpenAPI description"),
            Map.entry("/v3/api-docs/swagger-config", "the OpenAPI browser's settings"),
            Map.entry("/swagger-ui.html", "the OpenAPI browser"),
            Map.entry("/error", "Spring Boot's error page")));

    /** Pages that list children, looked at by every actor for markers of children they may not read. */
    static final List<String> LISTS = List.of("/", "/inbox", "/contacts", "/triage", "/information-requests",
            "/identity/reviews", "/oversight");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Administration administration;

    @Autowired
    Agencies agencies;

    @Autowired
    Practitioners practitioners;

    @Autowired
    ApiClients clients;

    @Autowired
    AccessGrants grants;

    @Autowired
    ChronologyEntries entries;

    @Autowired
    List<ChildPageSection> sections;

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    MatrixFixture world;
    List<Probe> pages;

    @BeforeAll
    void world() {
        world = new MatrixFixture(port, jdbc, administration, agencies, practitioners, clients, grants, entries).build();
        List<String> tabs = new java.util.ArrayList<>(List.of("network", "family"));
        sections.stream().filter(s -> s.place() == ChildPageSection.Place.TAB).map(ChildPageSection::tab).forEach(tabs::add);
        pages = Probe.pages(tabs);
    }

    @TestFactory
    Stream<DynamicTest> everyActorSeesEachChildAsItsRelationshipAllows() {
        return world.actors.stream().map(actor -> dynamicTest(actor.label(), () -> {
            WebSession session = actor.person() ? WebSession.signedIn(port, actor.username()) : null;
            Api api = actor.person() ? null : new Api(port).as(actor.agencyCode());
            // the children are looked at side by side (the server has more than one thread); each keeps its own findings
            List<Throwable> findings = world.children.values().parallelStream().flatMap(child -> {
                SoftAssertions soft = new SoftAssertions();
                MatrixCheck check = new MatrixCheck(soft, actor, agencyCodes());
                if (actor.person()) {
                    pages.forEach(probe -> page(check, session, actor, child, probe));
                } else {
                    Probe.partnerApi().forEach(probe -> api(check, api, actor, child, probe));
                }
                return soft.errorsCollected().stream();
            }).toList();
            assertThat(findings).as(actor.label()).isEmpty();
        }));
    }

    private List<String> agencyCodes() {
        return world.actors.stream().map(MatrixActor::agencyCode).distinct().toList();
    }

    private void page(MatrixCheck check, WebSession session, MatrixActor actor, MatrixChild child, Probe probe) {
        Outcome outcome = Expected.of(actor, child.relationship());
        String where = actor.label() + ", " + child.relationship() + ", " + probe.name();
        String path = probe.path().apply(child);
        WebSession.Page page = session.get(path);
        String body = probe.name().equals("PDF export") && page.status() == 200 ? pdfText(session.getBytes(path)) : page.body();
        check.status(where, probe, outcome, page.status());
        check.nothingUnreadable(where, body, child, outcome);
        switch (probe.kind()) {
            case CHRONOLOGY, EXPORT -> {
                if (outcome.allowed()) {
                    check.everythingReadable(where, body, child, outcome);
                }
            }
            case ENTRY -> check.entry(where, body, probe, child, outcome);
            case ALERT -> check.alertReason(where, body, outcome);
            case SEARCH -> check.searched(where, body, child, outcome);
            default -> { }
        }
    }

    private void api(MatrixCheck check, Api api, MatrixActor actor, MatrixChild child, Probe probe) {
        Outcome outcome = Expected.of(actor, child.relationship());
        String where = actor.label() + ", " + child.relationship() + ", " + probe.name();
        Api.Response response = api.get(probe.path().apply(child));
        check.status(where, probe, outcome, response.status());
        check.nothingUnreadable(where, response.body(), child, outcome);
        if (outcome.allowed() && probe.kind() == Probe.Kind.API_CHRONOLOGY) {
            check.everythingReadable(where, response.body(), child, outcome);
        }
        if (outcome.allowed() && probe.kind() == Probe.Kind.API_ALERTS) {
            check.alertReason(where, response.body(), outcome);
        }
    }

    /** The text of a PDF, without the spaces and line breaks its layout puts inside long words. */
    private static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> listsNeverHoldAnUnreadableMarker() {
        return world.actors.stream().filter(MatrixActor::person).map(actor -> dynamicTest(actor.label(), () -> {
            WebSession session = WebSession.signedIn(port, actor.username());
            SoftAssertions soft = new SoftAssertions();
            MatrixCheck check = new MatrixCheck(soft, actor, agencyCodes());
            for (String list : LISTS) {
                String body = session.get(list).body();
                // a list may carry other children's alert reasons: look only for this world's markers
                world.children.values().forEach(child -> check.noMarker(actor.label() + ", " + list, body, child,
                        Expected.of(actor, child.relationship())));
            }
            soft.assertAll();
        }));
    }

    @Test
    void everyEndpointIsInTheMatrixOrSaysWhyNot() {
        Set<String> probed = new TreeSet<>();
        pages.forEach(p -> probed.add(p.mapping()));
        Probe.partnerApi().forEach(p -> probed.add(p.mapping()));
        Set<String> uncovered = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            for (String pattern : info.getPatternValues()) {
                if (!probed.contains(pattern) && !NOT_ABOUT_ONE_CHILD.containsKey(pattern) && !pattern.startsWith("/admin")) {
                    uncovered.add(pattern);
                }
            }
        }
        assertThat(uncovered).as("endpoints read with GET that the access matrix neither probes nor explains").isEmpty();
    }
}
