package org.safeguardinghub.access;

/** What a practitioner does here (DESIGN.md, "Who uses it"). A person may hold several. */
public enum Role {
    PRACTITIONER,
    SOCIAL_WORKER,
    MASH_OFFICER,
    TEAM_MANAGER,
    SENIOR_MANAGER,
    SAFEGUARDING_LEAD,
    PARTNERSHIP_ANALYST,
    /** Answers for the lawful use of the records: reads the audit, exports subject access requests. */
    DATA_PROTECTION_OFFICER,
    ADMINISTRATOR;

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
