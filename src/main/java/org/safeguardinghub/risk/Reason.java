package org.safeguardinghub.risk;

import java.util.List;

/** One sentence of an explanation: a message key and its arguments, so a page can say it in words. */
public record Reason(String key, List<String> args) {

    public Reason {
        args = List.copyOf(args);
    }

    public static Reason of(String key, Object... args) {
        return new Reason(key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
