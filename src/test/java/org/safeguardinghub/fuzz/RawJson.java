package org.safeguardinghub.fuzz;

import java.util.List;
import java.util.Map;

/**
 * JSON text written by hand, so that what no JSON library would write can be sent: lone
 * surrogates and NUL escaped, numbers where strings belong, nesting deeper than a parser allows.
 * Maps keep their insertion order.
 */
final class RawJson {

    private static final String FRESH_PREFIX = "FZ-" + Long.toString(System.nanoTime(), 36) + "-";
    private static final java.util.concurrent.atomic.AtomicLong FRESH = new java.util.concurrent.atomic.AtomicLong();

    private RawJson() {
    }

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        switch (value) {
            case null -> out.append("null");
            case String text -> string(text, out);
            case Map<?, ?> map -> {
                out.append('{');
                String comma = "";
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    out.append(comma);
                    string(String.valueOf(entry.getKey()), out);
                    out.append(':');
                    write(entry.getValue(), out);
                    comma = ",";
                }
                out.append('}');
            }
            case List<?> list -> {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    out.append(i == 0 ? "" : ",");
                    write(list.get(i), out);
                }
                out.append(']');
            }
            case Verbatim verbatim -> out.append(verbatim.json());
            case Fresh fresh -> string(FRESH_PREFIX + FRESH.incrementAndGet(), out);
            default -> out.append(value); // numbers and booleans
        }
    }

    /** Every character outside printable ASCII as a \\u escape: what the parser makes of it is the test. */
    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    /** A new event id each time it is written, so that a case sent twice is two cases. */
    record Fresh() {
    }

    /** JSON text inserted as it is (deep nesting, say). */
    record Verbatim(String json) {
    }
}
