package org.safeguardinghub.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import org.safeguardinghub.chronology.EventType;
import org.safeguardinghub.chronology.events.DetailFields;

/**
 * jqwik generators of what a careless or hostile sender might put in a field: injection strings
 * aimed at SQL, HTML, CSV/spreadsheets and templates; unicode that breaks naive code (lone
 * surrogates, NUL, right-to-left overrides, piles of combining marks); control characters; huge
 * strings; impossible and out-of-range dates; values of the wrong JSON type; deep nesting.
 */
final class HostileInput {

    /** Markup that must never come back unescaped in a page: each holds {@link #SCRIPT_MARK}. */
    static final String SCRIPT_MARK = "alert(";

    static final List<String> INJECTIONS = List.of(
            "<script>alert(1)</script>", "\"><script>alert('x')</script>", "<img src=x onerror=alert(1)>",
            "<svg/onload=alert(1)>", "javascript:alert(1)", "</textarea><script>alert(2)</script>",
            "=cmd|' /C calc'!A0", "=HYPERLINK(\"http://evil.example\",\"x\")", "+SUM(1,2)", "-2+3", "@SUM(A1:A2)",
            "\t=1+1", "\r=1+1", "'; drop table chronology.event; --", "' OR '1'='1", "1; select pg_sleep(0)",
            "${7*7}", "[[${7*7}]]", "__${T(java.lang.Runtime).getRuntime()}__::.x", "{{7*7}}", "#{7*7}",
            "%s%s%s%n", "../../../../etc/passwd", "\\", "\"", "null", "NaN", "-0", "1e309");

    static final List<String> UNICODE = List.of(
            "\u0000", "a\u0000b", "\uD800", "\uDFFF", "x\uDBFF", "\uDC00y", "\u202Eevil\u202C", "\u200F\u05E9\u05DC",
            "e" + "\u0301".repeat(200), "\u200B\u200C\u200D", "\uFEFF", "\uFFFE\uFFFF", "\u2028\u2029",
            "\u0007\u001B[31m\u0008", "\u007F\u0085", "\uD83D\uDC69\u200D\uD83D\uDC67", "\u0130\u0131", "\u00DF".repeat(600),
            " ", "\t\n\r", "");

    static final List<String> DATES = List.of(
            "-5000-01-01T00:00:00Z", "+300000-01-01T00:00:00Z", "2025-02-30", "2025-13-01", "0000-01-01",
            "9999-12-31T23:59:59Z", "2025-01-01T25:00:00Z", "2025-01-01T00:00:00", "2025-01-01T00:00:00+25:00",
            "2100-01-01", "1800-01-01", "2025-06-01T12:00:00.123456789+01:00", "2025-W01", "yesterday", "", " ",
            "2024-02-29", "2023-02-29", "20250101", "2025-1-1", "1e10", "2025-01-01\u0000");

    private HostileInput() {
    }

    /** A hostile string. */
    static Arbitrary<String> text() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(INJECTIONS)),
                Tuple.of(3, Arbitraries.of(UNICODE)),
                Tuple.of(3, Arbitraries.strings().all().ofMaxLength(30)),
                Tuple.of(2, Arbitraries.of(INJECTIONS).flatMap(i -> Arbitraries.of(UNICODE).map(u -> u + i + u))),
                Tuple.of(1, Arbitraries.strings().withChars("a<>=\"'&;\u0000\u00e9").ofMinLength(990).ofMaxLength(1010)),
                Tuple.of(1, Arbitraries.strings().ascii().ofMinLength(2000).ofMaxLength(12000)));
    }

    /** A value of any JSON type, most of them wrong where they are put. */
    static Arbitrary<Object> value() {
        return Arbitraries.frequencyOf(
                Tuple.of(5, text().map(t -> (Object) t)),
                Tuple.of(2, Arbitraries.of(DATES).map(t -> (Object) t)),
                Tuple.of(1, Arbitraries.longs().map(n -> (Object) n)),
                Tuple.of(1, Arbitraries.of(-1.5, 1e308, -0.0, 4.9e-324).map(n -> (Object) n)),
                Tuple.of(1, Arbitraries.of(true, false).map(b -> (Object) b)),
                Tuple.of(1, Arbitraries.<Object>just(null)),
                Tuple.of(1, text().list().ofMaxSize(3).map(l -> (Object) l)),
                Tuple.of(1, text().map(t -> (Object) Map.of("x", t))),
                Tuple.of(1, Arbitraries.integers().between(10, 3000).map(HostileInput::nested)));
    }

    /** Arrays and objects nested {@code depth} deep, around a script. */
    static Object nested(int depth) {
        String open = depth % 2 == 0 ? "[".repeat(depth) : "{\"a\":".repeat(depth);
        String close = depth % 2 == 0 ? "]".repeat(depth) : "}".repeat(depth);
        return new RawJson.Verbatim(open + "\"<script>alert(3)</script>\"" + close);
    }

    /** One change to an otherwise good event: a field set to a hostile value, or removed. */
    record Edit(String path, Object value, boolean remove) {
    }

    static Arbitrary<Edit> edit(EventType type) {
        List<String> detailFields = new ArrayList<>(DetailFields.of(type).stream().map(DetailFields.Field::name).toList());
        detailFields.add("unknown");
        Arbitrary<String> path = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of("eventId", "subject", "type", "occurredAt", "endedAt", "summary",
                        "significance", "sensitivity", "details", "extra")),
                Tuple.of(4, Arbitraries.of("givenName", "familyName", "dateOfBirth", "nhsNumber", "upn", "localId",
                        "sex", "postcode", "address").map(f -> "subject." + f)),
                Tuple.of(6, Arbitraries.of(detailFields).map(f -> "details." + f)),
                Tuple.of(1, text().map(k -> "details." + k)));
        return Arbitraries.frequencyOf(
                Tuple.of(8, path.flatMap(p -> valueFor(p).map(v -> new Edit(p, v, false)))),
                Tuple.of(1, path.map(p -> new Edit(p, null, true))));
    }

    private static Arbitrary<Object> valueFor(String path) {
        if (path.endsWith("At") || path.endsWith("dateOfBirth")) {
            return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(DATES).map(d -> (Object) d)), Tuple.of(1, value()));
        }
        return value();
    }

    /** Applies the edits to an event (a map, changed in place). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> apply(Map<String, Object> event, List<Edit> edits) {
        for (Edit edit : edits) {
            Map<String, Object> target = event;
            String field = edit.path();
            int dot = field.indexOf('.');
            if (dot > 0) {
                Object parent = event.get(field.substring(0, dot));
                // a copy: the parent may be a value another case shares, or an immutable map
                target = parent instanceof Map<?, ?> map ? new LinkedHashMap<>((Map<String, Object>) map) : new LinkedHashMap<>();
                event.put(field.substring(0, dot), target);
                field = field.substring(dot + 1);
            }
            if (edit.remove()) {
                target.remove(field);
            } else {
                target.put(field, edit.value());
            }
        }
        return event;
    }
}
