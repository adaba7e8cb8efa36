package org.safeguardinghub.identity.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.safeguardinghub.chronology.Subject;

/**
 * A person as one source describes them. Everything but the id may be unknown (null); values are
 * kept as given and normalised only when compared, so the record can be shown as it arrived.
 */
public record PersonRecord(String id, String givenName, String familyName, List<String> formerFamilyNames,
                           LocalDate dateOfBirth, String sex, String postcode, String address,
                           String nhsNumber, String upn) {

    public PersonRecord {
        Objects.requireNonNull(id, "id");
        formerFamilyNames = formerFamilyNames == null ? List.of() : List.copyOf(formerFamilyNames);
    }

    /** The common case of a record with no former names, UPN or NHS number. */
    public static PersonRecord of(String id, String givenName, String familyName, LocalDate dateOfBirth,
                                  String postcode) {
        return new PersonRecord(id, givenName, familyName, List.of(), dateOfBirth, null, postcode, null, null, null);
    }

    /** A subject as an agency's event described them, for matching against known children. */
    public static PersonRecord of(String id, Subject subject) {
        return new PersonRecord(id, subject.givenName(), subject.familyName(), List.of(), subject.dateOfBirth(),
                subject.sex(), subject.postcode(), subject.address(), subject.nhsNumber(), subject.upn());
    }

    public PersonRecord withId(String newId) {
        return new PersonRecord(newId, givenName, familyName, formerFamilyNames, dateOfBirth, sex, postcode, address,
                nhsNumber, upn);
    }
}
