package benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.safeguardinghub.meetings.MeetingForms;
import org.safeguardinghub.support.WebSession;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The meetings pages (issue 14, done-when: p95 ≤ 100 ms for a child with 50 meetings and 500
 * actions): the child's page on its Meetings tab, the same page on its network tab (the page around
 * the tab, to separate the tab's own cost), one meeting with its minutes, and the partner
 * API's list of the child's meetings, each timed against a plain signed-in page (the contact form)
 * in the same run. The child is the issue's: looked after by North, placed in the South, with 50
 * finalised strategy meetings of 10 owned actions each, built through the same forms a social
 * worker uses. Options (defaults): --meetings=50 --actions-per-meeting=10 --requests=1500
 * --concurrency=2. The report is printed and kept in target/bench-meetings.txt.
 */
public final class MeetingsBenchmark {

    private final ChronologyBenchmark bench;

    private MeetingsBenchmark(ChronologyBenchmark bench) {
        this.bench = bench;
    }

    public static void main(String[] args) throws Exception {
        ChronologyBenchmark bench = new ChronologyBenchmark(BenchRun.options(args, Map.of("meetings", "50",
                "actions-per-meeting", "10", "requests", "1500", "concurrency", "2", "data-dir", "target/bench-meetings")));
        BenchRun.withApplication(bench, "Meetings pages benchmark", "bench-meetings.txt", postgres -> new MeetingsBenchmark(bench).run());
    }

    private void run() throws Exception {
        long started = System.nanoTime();
        String child = lookedAfterChild();
        WebSession social = session("sw.north");
        int meetings = bench.option("meetings");
        int actions = bench.option("actions-per-meeting");
        String last = null;
        for (int m = 0; m < meetings; m++) {
            LocalDate held = LocalDate.now().minusDays(7L * (meetings - m));
            last = MeetingForms.convene(social, child, "STRATEGY_MEETING", held, Map.of());
            finalise(social, last, held, actions);
        }
        bench.line(String.format(Locale.ROOT, "child with %d finalised meetings and %d actions built through the forms in %.0f s",
                meetings, meetings * actions, (System.nanoTime() - started) / 1e9));
        measure(child, last);
    }

    private void measure(String child, String meeting) throws Exception {
        int requests = bench.option("requests");
        int concurrency = bench.option("concurrency");
        String tab = "/children/" + child + "?tab=meetings";
        // the same child's page on its network tab: everything around the Meetings tab (banners, summary
        // cards, what is due next, counters) without it, so the tab's own cost is separated from the page's
        String around = "/children/" + child + "?tab=network";
        String api = "/api/v1/children/" + child + "/meetings";
        String police = bench.token("POLICE-SOUTH");
        String plain = "/contacts/new";
        for (String warm : List.of(tab, around, meeting, plain)) {
            page(warm, requests / 5, concurrency);
        }
        api(api, police, requests / 5, concurrency);
        Percentiles tabTimes = page(tab, requests, concurrency);
        Percentiles aroundTimes = page(around, requests, concurrency);
        Percentiles meetingTimes = page(meeting, requests, concurrency);
        Percentiles apiTimes = api(api, police, requests, concurrency);
        Percentiles plainTimes = page(plain, requests, concurrency);
        bench.line(String.format(Locale.ROOT, "signed in as the allocated social worker (API: the South police's system), %d requests each:",
                requests));
        row("child's page, Meetings tab (50 meetings, open actions)", tabTimes);
        row("the same child's page, network tab (no meetings tab)", aroundTimes);
        row("one meeting with its final minutes", meetingTimes);
        row("API: the child's meetings", apiTimes);
        row("plain signed-in page (the contact form)", plainTimes);
        bench.line(String.format(Locale.ROOT, "  ratio to the plain page at p95: tab %.1f, child page on network tab %.1f, meeting %.1f, API %.1f;"
                + " target p95 <= 100 ms each", tabTimes.p95() / plainTimes.p95(), aroundTimes.p95() / plainTimes.p95(),
                meetingTimes.p95() / plainTimes.p95(), apiTimes.p95() / plainTimes.p95()));
        bench.line(String.format(Locale.ROOT, "  the Meetings tab's own cost at p95: %.2f ms over the same child's page on its network tab (ratio %.2f)",
                tabTimes.p95() - aroundTimes.p95(), tabTimes.p95() / aroundTimes.p95()));
    }

    private void row(String label, Percentiles times) {
        BenchRun.row(bench, label, times);
    }

    /** Each worker signs in on its own session, then times its share of the requests. */
    private Percentiles page(String path, int requests, int concurrency) throws Exception {
        return ChronologyBenchmark.inWorkers(requests, concurrency, share -> {
            WebSession session = session("sw.north");
            long[] times = new long[share];
            for (int i = 0; i < share; i++) {
                long start = System.nanoTime();
                int status = session.get(path).status();
                times[i] = System.nanoTime() - start;
                if (status != 200) {
                    throw new IllegalStateException(path + " answered " + status);
                }
            }
            return times;
        });
    }

    private Percentiles api(String path, String token, int requests, int concurrency) throws Exception {
        return ChronologyBenchmark.inWorkers(requests, concurrency, share -> {
            long[] times = new long[share];
            for (int i = 0; i < share; i++) {
                long start = System.nanoTime();
                int status = bench.get(path, token).statusCode();
                times[i] = System.nanoTime() - start;
                if (status != 200) {
                    throw new IllegalStateException(path + " answered " + status);
                }
            }
            return times;
        });
    }

    private WebSession session(String username) {
        WebSession session = new WebSession(Integer.parseInt(bench.base.substring(bench.base.lastIndexOf(':') + 1)));
        WebSession.Page signedIn = session.signIn(username, ChronologyBenchmark.SECRET);
        if (signedIn.status() != 302 || signedIn.location().contains("error")) {
            throw new IllegalStateException("could not sign in as " + username);
        }
        return session;
    }

    /** As MeetingForms.lookedAfterChild, with the benchmark's secret: North police and a South home know the child. */
    private String lookedAfterChild() throws Exception {
        String family = "Benchmeet" + Long.toString(System.nanoTime(), 36);
        ObjectNode missing = event("BENCH-MEET-PN", family, "MISSING_EPISODE", LocalDate.now().minusDays(40));
        missing.put("endedAt", LocalDate.now().minusDays(39) + "T09:00:00Z");
        String child = ChronologyBenchmark.JSON.readTree(bench.post("/api/v1/events", batch(missing), bench.token("POLICE-NORTH")).body())
                .get("results").get(0).get("childId").stringValue();
        ObjectNode placement = event("BENCH-MEET-HS", family, "PLACEMENT_CHANGE", LocalDate.now().minusDays(60));
        placement.putObject("details").put("placementType", "RESIDENTIAL").put("area", "South");
        bench.post("/api/v1/events", batch(placement), bench.token("HOME-SOUTH"));
        WebSession manager = session("tm.north");
        for (String[] who : new String[][] {{"sw.north", "Allocated social worker", "true"}, {"gp.north", "GP", null},
                {"schoolnurse.south", "School nurse", null}}) {
            manager.get("/children/" + child + "/network");
            Map<String, String> form = new LinkedHashMap<>(Map.of("username", who[0], "role", who[1]));
            if (who[2] != null) {
                form.put("allocated", who[2]);
            }
            if (manager.post("/children/" + child + "/network", form).status() != 302) {
                throw new IllegalStateException("could not add " + who[0]);
            }
        }
        return child;
    }

    private ObjectNode event(String id, String family, String type, LocalDate day) {
        ObjectNode event = ChronologyBenchmark.JSON.createObjectNode().put("eventId", id + "-" + family);
        event.putObject("subject").put("givenName", "Morgan").put("familyName", family).put("dateOfBirth", "2012-05-05");
        return event.put("type", type).put("occurredAt", day + "T12:00:00Z").put("significance", "SIGNIFICANT")
                .put("summary", "Benchmark " + type.toLowerCase(Locale.ROOT));
    }

    private String batch(ObjectNode event) {
        ObjectNode body = ChronologyBenchmark.JSON.createObjectNode();
        ArrayNode events = body.putArray("events");
        events.add(event);
        return body.toString();
    }

    /** Final minutes: everyone attended, one decision, {@code actions} owned actions, one recommendation. */
    private static void finalise(WebSession social, String meeting, LocalDate held, int actions) {
        String form = social.get(meeting + "/minutes").body();
        List<Map.Entry<String, String>> fields = new ArrayList<>(MeetingForms.date("heldOn", held));
        fields.add(Map.entry("chair", "Helen Brightwell"));
        MeetingForms.invitations(form).forEach(id -> fields.add(Map.entry("attendance-" + id, "ATTENDED")));
        fields.addAll(List.of(Map.entry("decisionRows", "1"), Map.entry("actionRows", "" + actions),
                Map.entry("recommendationRows", "1"), Map.entry("childViews", "Wants to stay where she is."),
                Map.entry("decisionKind-0", "S47_ENQUIRY"), Map.entry("recommendation-0", "Consider a return home interview"),
                Map.entry("intent", "finalise"), Map.entry("acknowledged", "true")));
        String owner = MeetingForms.optionFor(form, "Morgan Tate");
        for (int a = 0; a < actions; a++) {
            fields.add(Map.entry("actionWhat-" + a, "Action " + a + ": share the host area's reports"));
            fields.add(Map.entry("actionOwner-" + a, owner));
            fields.addAll(MeetingForms.date("actionDue-" + a, held.plusDays(3 + a)));
            fields.add(Map.entry("actionDone-" + a, "Reports with the social worker"));
        }
        WebSession.Page done = MeetingForms.post(social, meeting + "/minutes", form, fields);
        if (done.status() != 302) {
            throw new IllegalStateException("minutes refused: " + done.body());
        }
    }
}
