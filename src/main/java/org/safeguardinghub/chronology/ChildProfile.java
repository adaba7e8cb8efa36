package org.safeguardinghub.chronology;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What the header of a child's page shows: who the child is, where they live, who works with them. */
public record ChildProfile(ChildId id, String givenName, String familyName, LocalDate dateOfBirth, String sex,
                           String ethnicity, List<Name> names, List<Identifier> identifiers,
                           List<Address> addresses, List<NetworkMember> network, List<FamilyMember> family) {

    public String displayName() {
        return DisplayName.of(givenName, familyName);
    }

    /** Age in whole years on a date, if the date of birth is known. */
    public Optional<Integer> ageOn(LocalDate date) {
        return Optional.ofNullable(dateOfBirth).map(dob -> Period.between(dob, date).getYears());
    }

    /** The most recently known address. */
    public Optional<Address> currentAddress() {
        return addresses.stream().max(java.util.Comparator.comparing(Address::knownFrom));
    }

    public List<Name> otherNames() {
        return names.stream().filter(n -> !n.kind().equals("CURRENT")).toList();
    }

    public record Name(String givenName, String familyName, String kind, String sourceAgency) {
    }

    /** @param issuer the agency whose local id this is (for {@code LOCAL}) */
    public record Identifier(String kind, String value, String issuer) {
    }

    public record Address(String address, String postcode, Instant knownFrom, String sourceAgency) {
    }

    /**
     * A member of the professional network; {@code practitionerId} is null when only the agency is
     * known to be involved (it sent events).
     */
    public record NetworkMember(UUID id, UUID agencyId, String agencyCode, String agencyName, UUID practitionerId,
                                String practitionerName, String jobTitle, String email, String phone, String role,
                                LocalDate startedOn, LocalDate endedOn, boolean allocated) {

        public boolean activeOn(LocalDate date) {
            return !startedOn.isAfter(date) && (endedOn == null || !endedOn.isBefore(date));
        }
    }

    public record FamilyMember(UUID id, String name, String relationship, boolean livesWithChild,
                               LocalDate dateOfBirth, String notes) {
    }
}
