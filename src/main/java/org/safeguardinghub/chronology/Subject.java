package org.safeguardinghub.chronology;

import java.time.LocalDate;

import org.safeguardinghub.chronology.children.NameKey;

/**
 * Who an event is about, as the sending agency described them (normalised: trimmed, NHS number
 * without spaces). Kept with the event exactly so, whatever child it is linked to.
 */
public record Subject(String nhsNumber, String upn, String localId, String givenName, String familyName,
                      LocalDate dateOfBirth, String sex, String postcode, String address) {

    public boolean hasNameAndBirthDate() {
        return givenName != null && familyName != null && dateOfBirth != null;
    }

    public String nameKey() {
        return NameKey.of(givenName, familyName);
    }
}
