package org.safeguardinghub.meetings;

/**
 * A decision a meeting took (issue 14, item 4): its kind, the category of a child protection plan,
 * and what was decided in the meeting's words. Decisions drive the statutory timetable: a section
 * 47 enquiry makes an initial conference due; a child protection plan a core group and reviews.
 */
public record Decision(Kind kind, PlanCategory category, String detail) {

    public enum Kind {
        /** Section 47 enquiries are to start (Children Act 1989): an initial conference becomes due. */
        S47_ENQUIRY,
        /** The level of need the meeting agreed. */
        THRESHOLD,
        /** A child protection plan made or continued, with its category. */
        CHILD_PROTECTION_PLAN,
        /** The child protection plan ends: no further review conference is due. */
        END_CHILD_PROTECTION_PLAN,
        /** Legal advice or a legal planning meeting is to be sought. */
        LEGAL_ADVICE,
        /** The child stops being looked after: no further looked-after review is due. */
        CEASE_TO_BE_LOOKED_AFTER,
        /** No further action: enquiries end here (an initial conference is no longer due). */
        NO_FURTHER_ACTION,
        OTHER
    }

    /** The categories of abuse or neglect a child protection plan is made under (Working Together 2023). */
    public enum PlanCategory { NEGLECT, PHYSICAL_ABUSE, EMOTIONAL_ABUSE, SEXUAL_ABUSE }
}
