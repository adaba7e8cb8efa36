package org.safeguardinghub.access.matrix;

import java.util.UUID;

import org.safeguardinghub.access.AgencyType;
import org.safeguardinghub.access.Role;

/**
 * One row of the matrix: a practitioner with one role in an agency of one type, or (role null) the
 * agency's partner system.
 */
record MatrixActor(String username, Role role, String agencyCode, UUID agencyId, AgencyType agencyType, String area,
                   UUID practitionerId) {

    boolean person() {
        return role != null;
    }

    String label() {
        return person() ? role + " of " + agencyCode + " (" + agencyType + ")" : "partner system of " + agencyCode
                + " (" + agencyType + ")";
    }
}
