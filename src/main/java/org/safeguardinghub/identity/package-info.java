/**
 * Knowing who is who (issue 5): deciding whether a person described by one agency is a person
 * already known, by deterministic identifiers first and Fellegi–Sunter probabilistic matching
 * otherwise, with an explanation a practitioner can read. Plain Java, no Spring: the rules are
 * pure functions over {@link org.safeguardinghub.identity.PersonRecord}s.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Person matching")
package org.safeguardinghub.identity;
