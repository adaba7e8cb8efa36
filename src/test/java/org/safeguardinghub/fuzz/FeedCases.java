package org.safeguardinghub.fuzz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.safeguardinghub.chronology.EventType;

/**
 * Feed requests to fuzz with: mostly batches of one to three events, each a good event about the
 * test's child (or a stranger with a hostile name) with up to four hostile edits; some whole bodies
 * that are no batch at all.
 *
 * @param body      the request body
 * @param events    how many events it holds, or -1 when it is no well-formed batch
 */
record FeedCases(String body, int events) {

    static final List<String> BODIES = List.of("", "null", "[]", "{}", "{\"events\":[]}", "{\"events\":{}}",
            "{\"events\":null}", "{\"events\":\"x\"}", "{\"events\":[1,\"a\",null,[]]}", "{\"events\":[{}]}",
            "{\"events\":[{\"eventId\":", "{\"events\":[{\"eventId\":\"a\"}]", "\u0000", "{\"events\":[]}garbage",
            "{\"events\":[{\"eventId\":\"\\ud800\"}]}", "{\"events\":[{\"eventId\":\"x\\u0000y\"}]}",
            "{'events':[]}", "{\"events\":[" + "{},".repeat(1000) + "{}]}", "[".repeat(5000) + "]".repeat(5000),
            "{\"events\":[{\"details\":" + "{\"a\":".repeat(1500) + "1" + "}".repeat(1500) + "}]}");

    static Arbitrary<FeedCases> cases(Map<String, Object> child) {
        Arbitrary<FeedCases> batches = event(child).list().ofMinSize(1).ofMaxSize(3)
                .map(events -> new FeedCases(RawJson.write(Map.of("events", events)), events.size()));
        return Arbitraries.frequencyOf(
                Tuple.of(17, batches),
                Tuple.of(2, Arbitraries.of(BODIES).map(b -> new FeedCases(b, -1))),
                Tuple.of(1, batches.map(c -> new FeedCases(c.body().substring(0, c.body().length() / 2), -1))));
    }

    static Arbitrary<Map<String, Object>> event(Map<String, Object> child) {
        Arbitrary<Map<String, Object>> subject = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(child)),
                Tuple.of(1, HostileInput.text().map(name -> Map.of("givenName", name, "familyName", child.get("familyName"),
                        "dateOfBirth", "2013-07-08"))));
        Arbitrary<String> date = Arbitraries.integers().between(0, 2000).map(d -> java.time.LocalDate.of(2020, 1, 1)
                .plusDays(d).toString());
        return Arbitraries.of(EventType.values()).flatMap(type -> Combinators.combine(subject, date,
                HostileInput.edit(type).list().ofMaxSize(4)).as((who, when, edits) -> {
                    Map<String, Object> event = new LinkedHashMap<>();
                    event.put("eventId", new RawJson.Fresh());
                    event.put("subject", new LinkedHashMap<>(who));
                    event.put("type", type.name());
                    event.put("occurredAt", when);
                    event.put("summary", "fuzz case");
                    event.put("details", new LinkedHashMap<String, Object>());
                    return HostileInput.apply(event, edits);
                }));
    }
}
