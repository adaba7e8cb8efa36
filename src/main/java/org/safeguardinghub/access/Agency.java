package org.safeguardinghub.access;

import java.util.UUID;

/**
 * A partner agency. {@code code} is how partners and the API name it (e.g. {@code POLICE-NORTH});
 * {@code area} is the local-authority area it serves, which decides what children's social care sees.
 */
public record Agency(UUID id, String code, String name, AgencyType type, String area) {

    public boolean isChildrensSocialCare() {
        return type == AgencyType.CHILDRENS_SOCIAL_CARE;
    }

    public boolean sharesAreaWith(Agency other) {
        return area.equalsIgnoreCase(other.area);
    }
}
