package benchmarks;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import benchmarks.AgencyExtracts.Agency;
import benchmarks.AgencyExtracts.Row;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends agency extracts through the partner feed as partners would: each agency its own extract,
 * one {@code NOTE} per record, in batches, the agencies taking turns; and keeps what the feed
 * answered for each record (the child's id and how it was matched).
 */
public final class FeedRun {

    /** Posts one batch as the agency's API client and returns the response body. */
    public interface Sender {
        String post(String client, String body) throws Exception;
    }

    /** The feed's answer for one record. */
    public record Answer(String childId, String match) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<Row> rows;
    private final String idPrefix;
    private final Answer[] answers;

    public FeedRun(List<Row> rows, String idPrefix) {
        this.rows = rows;
        this.idPrefix = idPrefix;
        this.answers = new Answer[rows.size()];
    }

    /** Sends every row in batches of {@code size}, agencies in turn, each extract in the given order. */
    public void send(Map<Agency, List<Row>> extracts, int size, Sender sender) throws Exception {
        Map<Row, Integer> index = new java.util.IdentityHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            index.put(rows.get(i), i);
        }
        Map<Agency, Deque<Row>> waiting = new EnumMap<>(Agency.class);
        extracts.forEach((agency, extract) -> waiting.put(agency, new ArrayDeque<>(extract)));
        while (waiting.values().stream().anyMatch(q -> !q.isEmpty())) {
            for (Agency agency : Agency.values()) {
                Deque<Row> queue = waiting.getOrDefault(agency, new ArrayDeque<>());
                List<Row> batch = new ArrayList<>();
                while (batch.size() < size && !queue.isEmpty()) {
                    batch.add(queue.poll());
                }
                if (!batch.isEmpty()) {
                    record(batch, index, JSON.readTree(sender.post(agency.client, body(batch))));
                }
            }
        }
    }

    private void record(List<Row> batch, Map<Row, Integer> index, JsonNode response) {
        JsonNode results = response.get("results");
        for (int i = 0; i < batch.size(); i++) {
            JsonNode result = results.get(i);
            if (!"CREATED".equals(result.get("status").stringValue())) {
                throw new IllegalStateException("record " + batch.get(i).eventId() + " was not stored: " + result);
            }
            answers[index.get(batch.get(i))] = new Answer(result.get("childId").stringValue(),
                    result.get("match").stringValue());
        }
    }

    private String body(List<Row> batch) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode events = body.putArray("events");
        for (Row row : batch) {
            ObjectNode event = events.addObject();
            event.put("eventId", idPrefix + row.eventId());
            ObjectNode subject = event.putObject("subject");
            putIfPresent(subject, "nhsNumber", row.nhs());
            putIfPresent(subject, "upn", row.upn());
            putIfPresent(subject, "localId", row.localId());
            putIfPresent(subject, "givenName", row.given());
            putIfPresent(subject, "familyName", row.family());
            putIfPresent(subject, "dateOfBirth", row.born() == null ? null : row.born().toString());
            putIfPresent(subject, "sex", row.sex());
            putIfPresent(subject, "postcode", row.postcode());
            putIfPresent(subject, "address", row.address());
            event.put("type", "NOTE");
            event.put("occurredAt", "2026-11-02");
            event.put("summary", "Record " + row.eventId() + " of the agency's extract");
        }
        return body.toString();
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    public Answer[] answers() {
        return answers.clone();
    }

    /** The record (child id) each row was put on. */
    public String[] clusters() {
        String[] clusters = new String[answers.length];
        for (int i = 0; i < answers.length; i++) {
            clusters[i] = answers[i].childId();
        }
        return clusters;
    }

    public long answered(String match) {
        return java.util.Arrays.stream(answers).filter(a -> a.match().equals(match)).count();
    }
}
