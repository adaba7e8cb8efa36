package org.safeguardinghub.access;

/** Why an actor may (or may not) open a child's record; the pages explain access in these terms. */
public enum AccessBasis {
    /** The social worker allocated to the child. */
    ALLOCATED,
    /** The practitioner is named in the child's professional network. */
    PROFESSIONAL_NETWORK,
    /** The MASH of children's social care, while a contact about the child is open. */
    MASH_OPEN_CONTACT,
    /** Invited to a meeting about the child. */
    MEETING,
    /** Children's social care responsible for the child, in a role that needs it (managers, MASH). */
    RESPONSIBLE_SOCIAL_CARE,
    /** A manager or safeguarding lead of an agency one of whose practitioners works with the child. */
    AGENCY_OVERSIGHT,
    /**
     * A police force told of a missing episode: the child's missing profile and episodes, while the
     * episode lasts and for a while after, and its own entries; not the rest of the chronology.
     */
    MISSING_EPISODE,
    /** Emergency access without a relationship, with a stated reason, for a limited time; the child's social worker is told. */
    BREAK_GLASS,
    /** The agency has recorded about the child: it reads its own entries, that the child is known, open alerts and whom to contact. */
    OWN_ENTRIES,
    /** None of the above: the child is reported as not found. */
    NO_ACCESS;

    /** Whether the whole chronology (each entry at the sensitivities the actor may read), or only the agency's own entries. */
    public boolean wholeRecord() {
        return this != OWN_ENTRIES && this != NO_ACCESS && this != MISSING_EPISODE;
    }
}
