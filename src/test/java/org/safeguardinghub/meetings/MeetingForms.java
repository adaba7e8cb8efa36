package org.safeguardinghub.meetings;

import static org.safeguardinghub.support.TestEvents.batch;
import static org.safeguardinghub.support.TestEvents.event;
import static org.safeguardinghub.support.TestEvents.subject;
import static org.safeguardinghub.support.TestEvents.unique;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.safeguardinghub.shared.HubTime;
import org.safeguardinghub.support.Api;
import org.safeguardinghub.support.Network;
import org.safeguardinghub.support.WebSession;
import tools.jackson.databind.node.ObjectNode;

/**
 * The meetings pages' forms as a browser without JavaScript fills them in, and the child the issue's
 * done-when describes: looked after by North, placed in a South children's home, with the GP and the
 * South school nurse in the network.
 */
public final class MeetingForms {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private MeetingForms() {
    }

    static String daysAgo(int days) {
        return LocalDate.now(HubTime.ZONE).minusDays(days).toString();
    }

    /** A school-age child North police and a South children's home know; sw.north allocated, the GP and school nurse named. */
    public static String lookedAfterChild(int port, String family) {
        ObjectNode subject = subject("Morgan", family, "2012-05-05");
        String child = new Api(port).as("POLICE-NORTH").post("/api/v1/events", batch(
                event(unique("PN"), subject, "MISSING_EPISODE", daysAgo(40) + "T20:00:00Z")
                        .put("endedAt", daysAgo(39) + "T09:00:00Z"))).json()
                .get("results").get(0).get("childId").stringValue();
        ObjectNode placement = event(unique("HS"), subject, "PLACEMENT_CHANGE", daysAgo(60) + "T12:00:00Z");
        placement.putObject("details").put("placementType", "RESIDENTIAL").put("area", "South");
        new Api(port).as("HOME-SOUTH").post("/api/v1/events", batch(placement));
        Network.of(port, child).allocate("sw.north").add("gp.north", "GP").add("schoolnurse.south", "School nurse");
        return child;
    }

    /** A download as bytes, signed in as this demo user in a session of its own. */
    static java.net.http.HttpResponse<byte[]> download(int port, String username, String path) throws Exception {
        var http = java.net.http.HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
        String base = "http://localhost:" + port;
        String login = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/login")).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        String form = "username=" + username + "&password=" + URLEncoder.encode(
                org.safeguardinghub.support.HubIntegrationTest.SECRET, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf(login), StandardCharsets.UTF_8);
        http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path)).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    }

    static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the page");
        }
        return m.group(1);
    }

    /** The values of the checkboxes named {@code invite}, in page order. */
    static List<String> proposed(String html) {
        return all(Pattern.compile("name=\"invite\"[^>]*value=\"([0-9a-f-]{36})\""), html);
    }

    /** The invitation ids of the minutes form's attendance questions, in page order. */
    public static List<String> invitations(String html) {
        return all(Pattern.compile("name=\"attendance-([0-9a-f-]{36})\"[^>]*value=\"ATTENDED\""), html);
    }

    /** The invitation id of this invitee's attendance question on the minutes form. */
    static String invitationOf(String html, String name) {
        int at = html.indexOf("legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">" + name);
        Matcher m = Pattern.compile("name=\"attendance-([0-9a-f-]{36})\"").matcher(html);
        if (at < 0 || !m.find(at)) {
            throw new IllegalStateException("no attendance question for " + name);
        }
        return m.group(1);
    }

    /** The practitioner id an option naming this person carries (the action owner's select). */
    public static String optionFor(String html, String name) {
        Matcher m = Pattern.compile("<option value=\"([0-9a-f-]{36})\"[^>]*>" + Pattern.quote(name)).matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no option for " + name);
        }
        return m.group(1);
    }

    static List<String> all(Pattern pattern, String html) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(html);
        while (m.find()) {
            if (!found.contains(m.group(1))) {
                found.add(m.group(1));
            }
        }
        return found;
    }

    /** Posts a form whose fields may repeat (checkboxes), with the CSRF token of {@code page}. */
    public static WebSession.Page post(WebSession session, String path, String page, List<Map.Entry<String, String>> fields) {
        List<Map.Entry<String, String>> all = new ArrayList<>(fields);
        all.add(Map.entry("_csrf", csrf(page)));
        return session.postRaw(path, all.stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&")));
    }

    public static List<Map.Entry<String, String>> date(String name, LocalDate day) {
        return List.of(Map.entry(name + "Day", String.valueOf(day.getDayOfMonth())),
                Map.entry(name + "Month", String.valueOf(day.getMonthValue())),
                Map.entry(name + "Year", String.valueOf(day.getYear())));
    }

    /** Convenes a meeting of this type on a day with everyone proposed; returns the meeting's path. */
    public static String convene(WebSession session, String child, String type, LocalDate on, Map<String, String> more) {
        String form = session.get("/children/" + child + "/meetings/new?type=" + type).body();
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        fields.add(Map.entry("type", type));
        fields.addAll(date("scheduledOn", on));
        proposed(form).forEach(id -> fields.add(Map.entry("invite", id)));
        new LinkedHashMap<>(more).forEach((k, v) -> fields.add(Map.entry(k, v)));
        WebSession.Page convened = post(session, "/children/" + child + "/meetings", form, fields);
        if (convened.status() != 302) {
            throw new IllegalStateException("meeting refused: " + convened.body());
        }
        return convened.location().replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*$", "");
    }
}
