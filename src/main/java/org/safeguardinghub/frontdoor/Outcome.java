package org.safeguardinghub.frontdoor;

/**
 * What a threshold decision leads to. A contact whose outcome needs a social-work response
 * becomes a referral; the words "contact" and "referral" are used exactly so (seeds 003 §194:
 * professionals did not know the difference).
 */
public enum Outcome {
    NO_FURTHER_ACTION(false),
    SIGNPOST_UNIVERSAL(false),
    EARLY_HELP(false),
    CHILD_AND_FAMILY_ASSESSMENT(true),
    STRATEGY_DISCUSSION(true),
    IMMEDIATE_PROTECTION(true);

    private final boolean referral;

    Outcome(boolean referral) {
        this.referral = referral;
    }

    /** Whether the contact becomes a referral to children's social care. */
    public boolean referral() {
        return referral;
    }

    /** Whether the assessment timescale runs from the decision. */
    public boolean startsAssessment() {
        return this == CHILD_AND_FAMILY_ASSESSMENT || this == STRATEGY_DISCUSSION;
    }
}
