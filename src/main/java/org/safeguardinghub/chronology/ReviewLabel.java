package org.safeguardinghub.chronology;

/**
 * What a person is asked about a pair of records, as the review queue labels it: the strongest
 * reason the pair was not linked without them.
 */
public enum ReviewLabel {
    /** An identifier (NHS number, UPN or local id) agrees while date of birth, sex and given name all disagree. */
    IDENTIFIER_CONFLICT,
    /** Different given names with family name, date of birth or home in common: perhaps a twin or a sibling. */
    POSSIBLE_TWIN,
    /** The two records give different sexes. */
    SEXES_DIFFER,
    /** Dates of birth further apart than a typo. */
    BORN_APART,
    /** Near enough to ask, nothing that rules a link out. */
    NEAR_MATCH
}
