/**
 * Knowing who is who (issue 5): deciding whether a person described by one agency is a person
 * already known, by deterministic identifiers first and Fellegi–Sunter probabilistic matching
 * otherwise, with an explanation a practitioner can read. The matcher ({@code matching}) is plain
 * Java, no Spring: pure functions over {@link org.safeguardinghub.identity.matching.PersonRecord}s;
 * it serves the chronology's extension points (the feed's second look, the search's near matches)
 * and the review queue where a person links or separates two records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Person matching",
        allowedDependencies = {"shared", "access", "chronology"})
package org.safeguardinghub.identity;
