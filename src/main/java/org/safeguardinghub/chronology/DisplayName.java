package org.safeguardinghub.chronology;

/** How a child's name reads when parts of it may be unknown; null when none is (pages then say so). */
final class DisplayName {

    private DisplayName() {
    }

    static String of(String givenName, String familyName) {
        String name = ((givenName == null ? "" : givenName) + " " + (familyName == null ? "" : familyName)).strip();
        return name.isEmpty() ? null : name;
    }
}
