package org.safeguardinghub.access;

/** Why a viewer may (or may not) see a child; the UI explains access in these terms. */
public enum AccessBasis {
    /** Administrators maintain the system and may open any record (every view is audited). */
    ADMINISTRATOR,
    /** The practitioner is named in the child's professional network. */
    PROFESSIONAL_NETWORK,
    /** Children's social care sees the children its area's agencies work with. */
    AREA_CHILDRENS_SOCIAL_CARE,
    /** Managers and safeguarding leads oversee the children their agency works with. */
    AGENCY_OVERSIGHT,
    /** A partner system reads children its agency works with or has sent information about. */
    AGENCY_INVOLVED,
    /** None of the above: the child is reported as not found. */
    NO_ACCESS
}
