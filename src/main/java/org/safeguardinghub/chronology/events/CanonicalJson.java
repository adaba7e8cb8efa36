package org.safeguardinghub.chronology.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * JSON written one way only (object keys sorted, no spaces), so two resends of the same event
 * hash the same however the partner's system ordered or spaced its fields.
 *
 * <p>Text is escaped here exactly as Jackson writes it (quote, backslash, and the control
 * characters below U+0020; everything else as it is), because stored events keep the hash of this
 * form: a resend must hash as it did when it was first sent. Asking Jackson for each value's text
 * set up a generator per value and was a sixth of the feed's own time (issue 18);
 * {@code CanonicalJsonTest} holds this writer to Jackson's on generated trees.
 */
final class CanonicalJson {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private CanonicalJson() {
    }

    static String write(JsonNode node) {
        StringBuilder out = new StringBuilder(256);
        write(node, out);
        return out.toString();
    }

    static byte[] sha256(JsonNode node) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(write(node).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>(node.propertyNames());
            names.sort(null);
            out.append('{');
            for (int i = 0; i < names.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                text(names.get(i), out);
                out.append(':');
                write(node.get(names.get(i)), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(node.get(i), out);
            }
            out.append(']');
        } else if (node.isString()) {
            text(node.stringValue(), out);
        } else if (node.isBoolean()) {
            out.append(node.booleanValue());
        } else if (node.isNull()) {
            out.append("null");
        } else {
            // numbers, and anything rarer, as Jackson writes them
            out.append(node.toString());
        }
    }

    /**
     * A JSON string as Jackson's default generator writes it. Runs of characters that need no escape
     * (nearly all text) are copied in one append: a character at a time, the builder's checks were
     * the feed's largest own cost in the canonical form (issue 18's profile).
     */
    static void text(String value, StringBuilder out) {
        out.append('"');
        int run = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            out.append(value, run, i);
            escape(c, out);
            run = i + 1;
        }
        out.append(value, run, value.length()).append('"');
    }

    private static void escape(char c, StringBuilder out) {
        switch (c) {
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            case '\b' -> out.append("\\b");
            case '\f' -> out.append("\\f");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
        }
    }
}
