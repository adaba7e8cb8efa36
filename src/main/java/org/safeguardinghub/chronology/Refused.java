package org.safeguardinghub.chronology;

import java.util.List;

/** A change to a child's record that a rule refused, with the reasons field by field. */
public final class Refused extends RuntimeException {

    private final transient List<FieldError> errors;

    public Refused(List<FieldError> errors) {
        super(errors.toString());
        this.errors = List.copyOf(errors);
    }

    public Refused(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
