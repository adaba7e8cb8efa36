package org.safeguardinghub.access;

/** What the page layout shows about the person signed in. */
public record CurrentUser(String displayName, String agencyName, boolean administrator) {
}
