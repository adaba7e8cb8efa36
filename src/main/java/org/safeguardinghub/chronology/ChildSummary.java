package org.safeguardinghub.chronology;

import java.time.LocalDate;

/** A child in a list: home page, search results. */
public record ChildSummary(ChildId id, String givenName, String familyName, LocalDate dateOfBirth, String postcode) {

    public String displayName() {
        return DisplayName.of(givenName, familyName);
    }
}
