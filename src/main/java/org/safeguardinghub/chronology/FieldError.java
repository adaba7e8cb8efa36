package org.safeguardinghub.chronology;

/** One reason an event was rejected, naming the field as the partner sent it (e.g. {@code subject.nhsNumber}). */
public record FieldError(String field, String message) {
}
