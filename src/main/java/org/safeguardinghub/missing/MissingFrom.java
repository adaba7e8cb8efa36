package org.safeguardinghub.missing;

/** Where a child went missing from: the contract's {@code details.from} of a {@code MISSING_EPISODE}. */
public enum MissingFrom {
    HOME,
    CARE,
    EDUCATION
}
