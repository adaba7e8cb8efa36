package org.safeguardinghub.chronology;

import java.util.Optional;
import java.util.UUID;

/** A child's id as the API and pages show it: {@code c-} followed by a UUID. */
public record ChildId(UUID value) {

    private static final String PREFIX = "c-";

    public ChildId {
        if (value == null) {
            throw new IllegalArgumentException("A child id needs a value");
        }
    }

    /** Reads an id as shown; anything else is simply no child (callers answer "not found"). */
    public static Optional<ChildId> parse(String text) {
        if (text == null || !text.startsWith(PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ChildId(UUID.fromString(text.substring(PREFIX.length()))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return PREFIX + value;
    }
}
