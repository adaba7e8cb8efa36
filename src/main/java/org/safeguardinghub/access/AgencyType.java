package org.safeguardinghub.access;

/** The kinds of partner agency around a child (DESIGN.md, "Who uses it"). */
public enum AgencyType {
    CHILDRENS_SOCIAL_CARE,
    POLICE,
    HEALTH,
    EDUCATION,
    YOUTH_JUSTICE,
    CARE_PROVIDER,
    VOLUNTARY,
    ADULT_SERVICES
}
