package org.safeguardinghub.risk;

import org.safeguardinghub.access.Sensitivity;

/**
 * What a context is. Persons of concern, vehicles and phone numbers point at people, and what the
 * hub knows of them is police intelligence: they are always kept at that sensitivity (contract v1.1,
 * {@code SHARED_PERSON_OF_CONCERN}). In the network view (victim, offender, location, themes: the
 * "Victim Location Offender Triangle" of seeds 002) they are the offenders; the rest are locations.
 */
public enum ContextKind {
    PLACE(false, true),
    PEER_GROUP(false, false),
    SCHOOL(false, false),
    ONLINE_SPACE(false, false),
    PERSON_OF_CONCERN(true, true),
    VEHICLE(true, true),
    PHONE_NUMBER(true, true);

    private final boolean offender;
    private final boolean sharedAlerts;

    ContextKind(boolean offender, boolean sharedAlerts) {
        this.offender = offender;
        this.sharedAlerts = sharedAlerts;
    }

    /** A person of concern, or what points at one (a vehicle, a phone number). */
    public boolean offender() {
        return offender;
    }

    /**
     * Whether a second child linked to it raises {@code SHARED_PERSON_OF_CONCERN}: a person of
     * concern, a vehicle, a phone number or a place (contract v1.1). Schools, peer groups and online
     * spaces are shared by their nature; the network view shows who shares them.
     */
    public boolean sharedAlerts() {
        return sharedAlerts;
    }

    /** The least sensitivity it is kept at. */
    public Sensitivity leastSensitivity() {
        return offender ? Sensitivity.POLICE_INTELLIGENCE : Sensitivity.STANDARD;
    }
}
