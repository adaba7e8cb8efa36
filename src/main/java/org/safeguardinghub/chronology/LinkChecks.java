package org.safeguardinghub.chronology;

import java.util.List;
import java.util.Optional;

/**
 * A look at every link the exact rules find (the same NHS number, UPN or local id, or the same
 * name and date of birth) before it is made: identifiers are evidence, not proof, and a twin's or
 * sibling's number typed into a record must not put one child's history on another's record. A
 * link held here is made by a person or not at all: the feed stores the events against a
 * provisional record, puts the pair on the review queue and answers {@code NEEDS_REVIEW}. The
 * identity module implements it; without it every exact link is made.
 */
public interface LinkChecks {

    /** What the exact rules found the child by. */
    enum Evidence {
        NHS_NUMBER, UPN, LOCAL_ID, NAME_AND_DATE_OF_BIRTH;

        public boolean identifier() {
            return this != NAME_AND_DATE_OF_BIRTH;
        }
    }

    /** Why a person must decide, how strongly the records otherwise agree, and the reasons to show. */
    record Held(ReviewLabel label, double weight, List<String> reasons) {

        public Held {
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * @param knownAs the child as recorded, one subject for each name it is known by (with its date
     *                of birth, sex and latest address); empty if nothing is recorded to compare
     * @return why the subject may not be linked to this child without a person, or empty if it may
     */
    Optional<Held> hold(Subject subject, Evidence evidence, List<Subject> knownAs);
}
