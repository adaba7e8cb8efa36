package org.safeguardinghub.meetings;

import java.util.Arrays;
import java.util.List;

/** Why some input was refused, or what the chair is warned of: a message key and its arguments. */
public record Problem(String key, List<Object> args) {

    public Problem {
        args = List.copyOf(args);
    }

    public static Problem of(String key, Object... args) {
        return new Problem(key, Arrays.asList(args));
    }
}
