package org.safeguardinghub.access.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.access.matrix.MatrixFixture.MatrixChild;

/**
 * One endpoint of the matrix, as a request about one child: the mapping it covers, the address for
 * a child, and what its answer shows. The list is checked against every mapping the application
 * has ({@link AccessMatrixIT#everyEndpointIsInTheMatrixOrSaysWhyNot}).
 */
record Probe(String mapping, String name, Kind kind, Function<MatrixChild, String> path) {

    /** What an answer is, which says what to look for in it. */
    enum Kind {
        /** The child's page with its chronology: every readable entry is there. */
        CHRONOLOGY,
        /** A CSV or PDF export of the chronology: every readable entry is there. */
        EXPORT,
        /** A tab, a form or another page about the child: open or not, never an unreadable byte. */
        PAGE,
        /** One entry and its versions: there if readable, restricted if not; 404 unless the whole record is open. */
        ENTRY,
        /** The alert raised by restricted health entries: its reason only to those who may read them. */
        ALERT,
        /** Search by name: the child is listed to those who may open it. */
        SEARCH,
        /** The partner API's chronology. */
        API_CHRONOLOGY,
        /** The partner API's open alerts. */
        API_ALERTS
    }

    boolean api() {
        return kind == Kind.API_CHRONOLOGY || kind == Kind.API_ALERTS;
    }

    /** Every probe of a practitioner's pages; {@code tabs} are the child page's tabs, as the application lists them. */
    static List<Probe> pages(List<String> tabs) {
        List<Probe> probes = new ArrayList<>(List.of(
                new Probe("/children/{id}", "child page", Kind.CHRONOLOGY, c -> "/children/" + c.id()),
                new Probe("/children/{id}/chronology.csv", "CSV export", Kind.EXPORT, c -> "/children/" + c.id() + "/chronology.csv"),
                new Probe("/children/{id}/chronology.pdf", "PDF export", Kind.EXPORT, c -> "/children/" + c.id() + "/chronology.pdf"),
                new Probe("/children/{id}/entries/{eventId}", "corrected entry", Kind.ENTRY,
                        c -> "/children/" + c.id() + "/entries/" + c.correctedEvent()),
                new Probe("/children/{id}/entries/{eventId}/correct", "correction form", Kind.ENTRY,
                        c -> "/children/" + c.id() + "/entries/" + c.correctedEvent() + "/correct"),
                new Probe("/children/{id}/entries/new", "new entry form", Kind.PAGE, c -> "/children/" + c.id() + "/entries/new"),
                new Probe("/children/{id}/network", "network page", Kind.PAGE, c -> "/children/" + c.id() + "/network"),
                new Probe("/children/{id}/alerts/{alertId}", "alert", Kind.ALERT,
                        c -> "/children/" + c.id() + "/alerts/" + c.alertId()),
                new Probe("/children/{id}/disagreements/{disagreementId}", "disagreement", Kind.PAGE, MatrixChild::disagreementPath),
                new Probe("/children/{id}/disagreements/new", "disagreement form", Kind.PAGE,
                        c -> "/children/" + c.id() + "/disagreements/new"),
                new Probe("/children/{id}/level-of-need/new", "level of need form", Kind.PAGE,
                        c -> "/children/" + c.id() + "/level-of-need/new"),
                new Probe("/children/{id}/risk/screenings/new", "risk screening form", Kind.PAGE,
                        c -> "/children/" + c.id() + "/risk/screenings/new"),
                new Probe("/children/{id}/risk/links/new", "risk context link form", Kind.PAGE,
                        c -> "/children/" + c.id() + "/risk/links/new"),
                new Probe("/children/{id}/plans/new", "make a plan form", Kind.PAGE, c -> "/children/" + c.id() + "/plans/new"),
                new Probe("/children/{id}/oversight/new", "manager's oversight form", Kind.PAGE,
                        c -> "/children/" + c.id() + "/oversight/new"),
                new Probe("/children/{id}/missing/episodes/new", "missing episode form", Kind.PAGE,
                        c -> "/children/" + c.id() + "/missing/episodes/new"),
                new Probe("/children/{id}/missing/profile", "missing profile form", Kind.PAGE,
                        c -> "/children/" + c.id() + "/missing/profile"),
                new Probe("/children/{id}/missing/trigger-plan", "missing trigger plan form", Kind.PAGE,
                        c -> "/children/" + c.id() + "/missing/trigger-plan"),
                new Probe("/children/{id}/meetings/new", "meeting form", Kind.PAGE,
                        c -> "/children/" + c.id() + "/meetings/new?type=STRATEGY_MEETING"),
                new Probe("/children/{id}/meetings/actions", "open actions of meetings", Kind.PAGE,
                        c -> "/children/" + c.id() + "/meetings/actions"),
                new Probe("/children", "search", Kind.SEARCH, c -> "/children?name=" + c.familyName())));
        for (Sensitivity sensitivity : Sensitivity.values()) {
            probes.add(new Probe("/children/{id}/entries/{eventId}", sensitivity + " entry", Kind.ENTRY,
                    c -> "/children/" + c.id() + "/entries/" + c.entries().get(sensitivity)));
        }
        for (String tab : tabs) {
            probes.add(new Probe("/children/{id}", tab + " tab", Kind.PAGE, c -> "/children/" + c.id() + "?tab=" + tab));
        }
        return probes;
    }

    /** Every probe of a partner system's API. */
    static List<Probe> partnerApi() {
        return List.of(
                new Probe("/api/v1/children/{childId}/chronology", "API chronology", Kind.API_CHRONOLOGY,
                        c -> "/api/v1/children/" + c.id() + "/chronology?size=200"),
                new Probe("/api/v1/children/{childId}/alerts", "API alerts", Kind.API_ALERTS,
                        c -> "/api/v1/children/" + c.id() + "/alerts"),
                new Probe("/api/v1/children/{childId}/meetings", "API meetings", Kind.PAGE,
                        c -> "/api/v1/children/" + c.id() + "/meetings"));
    }
}
