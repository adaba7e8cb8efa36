package benchmarks;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The front door's pages as the MASH uses them (issue "Front door", benchmark): the triage queue
 * with {@code front-door-contacts} open contacts, and a contact beside its child's history when
 * that child has the population's biggest chronology. Both are timed against a plain signed-in page
 * (the contact form: security, session, layout and inbox count, and no data of its own) in the
 * same run.
 */
final class FrontDoorPages {

    private final ChronologyBenchmark bench;
    private BenchSession session;

    FrontDoorPages(ChronologyBenchmark bench) {
        this.bench = bench;
    }

    void measure() throws Exception {
        int contacts = bench.option("front-door-contacts");
        String school = bench.token("SCHOOL-NORTH");
        openContacts(bench, school, contacts);
        JsonNode big = bench.JSON.readTree(bench.get("/api/v1/contacts/BENCH-CONTACT-BIG", school).body());
        String reference = big.get("reference").stringValue();
        session = BenchSession.signIn(bench.base, "mash.north");
        int requests = bench.option("requests") / 3;
        int concurrency = bench.option("concurrency");
        time("/triage", requests / 3, concurrency);
        time("/triage/" + reference, requests / 3, concurrency);
        time("/contacts/new", requests / 3, concurrency);
        Percentiles queue = time("/triage", requests, concurrency);
        Percentiles contact = time("/triage/" + reference, requests, concurrency);
        Percentiles plain = time("/contacts/new", requests, concurrency);
        bench.line("");
        bench.line(String.format(Locale.ROOT, "front door pages, signed in as a MASH officer, %d requests each:", requests));
        row("triage queue, first page of " + contacts + " open contacts", queue);
        row("contact beside a child of " + bench.option("big-child-events") + " events", contact);
        row("plain signed-in page (the contact form)", plain);
        bench.line(String.format(Locale.ROOT, "  ratio to the plain page at p95: queue %.1f, contact %.1f; target p95 <= 100 ms each",
                queue.p95() / plain.p95(), contact.p95() / plain.p95()));
    }

    private void row(String label, Percentiles times) {
        BenchRun.row(bench, label, times);
    }

    /**
     * Contacts sent today through the feed about children of the population (so each has a history),
     * and one about the child with the biggest chronology.
     */
    static void openContacts(ChronologyBenchmark bench, String token, int count) throws Exception {
        Instant now = Instant.now().minus(1, ChronoUnit.HOURS);
        for (int from = 0; from <= count; from += 500) {
            ObjectNode body = bench.JSON.createObjectNode();
            ArrayNode events = body.putArray("events");
            for (int n = from; n < Math.min(from + 500, count + 1); n++) {
                int child = n == count ? 1 : n + 2;
                ObjectNode event = events.addObject();
                event.put("eventId", child == 1 ? "BENCH-CONTACT-BIG" : "BENCH-CONTACT-" + n);
                event.putObject("subject").put("givenName", "Given" + (child % 997)).put("familyName", "Family" + child)
                        .put("dateOfBirth", LocalDate.of(2008, 1, 1).plusDays(child % 3650).toString());
                event.put("type", "CONTACT").put("occurredAt", now.toString()).put("significance", "SIGNIFICANT")
                        .put("summary", "Bench contact " + n + ": seen with older youths late at night.");
                event.putObject("details").put("concern", "Seen with older youths late at night.").putArray("categories").add("CSE");
            }
            HttpResponse<String> response = bench.post("/api/v1/events", body.toString(), token);
            if (response.statusCode() != 200 || response.body().contains("REJECTED")) {
                throw new IllegalStateException("contacts refused: " + response.body());
            }
        }
    }

    private Percentiles time(String path, int requests, int concurrency) throws Exception {
        return session.time(path, requests, concurrency);
    }
}
