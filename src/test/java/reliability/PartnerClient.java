package reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A partner system as the contract (spec/event-feed.md) expects one to behave: it sends its batches
 * in order and resends a batch until it is answered {@code 200} (a refused connection, a reset, a
 * {@code 5xx} or a timeout is no answer), relying on idempotent event ids. An event is
 * acknowledged when a {@code 200} said {@code CREATED} or {@code DUPLICATE} for it.
 */
final class PartnerClient implements Runnable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    final String agency;
    private final List<Batch> batches;
    private final Supplier<String> base;
    private final HttpClient http;
    final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    final AtomicInteger created = new AtomicInteger();
    final AtomicInteger duplicates = new AtomicInteger();
    final AtomicInteger resends = new AtomicInteger();
    final AtomicInteger refused = new AtomicInteger();
    volatile boolean done;
    volatile Exception failure;
    private String token;

    /** One batch: its event ids, in order, and the body that sends them. */
    record Batch(List<String> eventIds, String body) {
    }

    PartnerClient(String agency, List<Batch> batches, Supplier<String> base, HttpClient http) {
        this.agency = agency;
        this.batches = batches;
        this.base = base;
        this.http = http;
    }

    @Override
    public void run() {
        try {
            for (Batch batch : batches) {
                sendUntilAnswered(batch);
            }
        } catch (Exception e) {
            failure = e;
        } finally {
            done = true;
        }
    }

    int events() {
        return batches.stream().mapToInt(b -> b.eventIds().size()).sum();
    }

    private void sendUntilAnswered(Batch batch) throws Exception {
        for (int attempt = 0; ; attempt++) {
            if (attempt > 0) {
                resends.incrementAndGet();
                Thread.sleep(Math.min(1_000, 100L * attempt));
            }
            HttpResponse<String> response;
            try {
                if (token == null && (token = AppNode.token(http, base.get(), agency)) == null) {
                    continue;
                }
                response = http.send(HttpRequest.newBuilder(URI.create(base.get() + "/api/v1/events"))
                        .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(batch.body())).build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException noAnswer) {
                refused.incrementAndGet();
                continue;
            }
            if (response.statusCode() == 401) {
                token = null;
            } else if (response.statusCode() == 200) {
                acknowledge(batch, JSON.readTree(response.body()).get("results"));
                return;
            } else if (response.statusCode() < 500) {
                throw new IllegalStateException(agency + ": batch answered " + response.statusCode() + " " + response.body());
            }
        }
    }

    private void acknowledge(Batch batch, JsonNode results) {
        for (int i = 0; i < batch.eventIds().size(); i++) {
            JsonNode result = results.get(i);
            String status = result.get("status").stringValue();
            String eventId = result.get("eventId").stringValue();
            if (!eventId.equals(batch.eventIds().get(i))) {
                throw new IllegalStateException("answer " + i + " is for " + eventId + ", not " + batch.eventIds().get(i));
            }
            switch (status) {
                case "CREATED" -> created.incrementAndGet();
                case "DUPLICATE" -> duplicates.incrementAndGet();
                default -> throw new IllegalStateException(agency + ": " + eventId + " answered " + result);
            }
            acknowledged.add(eventId);
        }
    }
}
