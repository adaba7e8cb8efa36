package org.safeguardinghub.chronology.linking;

import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.LinkChecks;
import org.safeguardinghub.chronology.Match;

/**
 * What a {@link SubjectLinker} decided about one subject, in the feed contract's words, with the
 * reason shown to people. Subjects of one batch that are the same new person share a
 * {@code group}, so they become one child.
 */
public sealed interface LinkDecision {

    String reason();

    Match match();

    /** The subject is this known child. */
    record Linked(ChildId child, String reason) implements LinkDecision {

        @Override
        public Match match() {
            return Match.LINKED;
        }
    }

    /** No known child is this subject. */
    record NewPerson(int group, String reason) implements LinkDecision {

        @Override
        public Match match() {
            return Match.NEW_PERSON;
        }
    }

    /**
     * The exact rules found {@code child} (or the new person of {@code childGroup} in this batch),
     * but the link is held for a person ({@link LinkChecks}): the subject gets a provisional record,
     * the new person of {@code group}, and the pair goes to review.
     */
    record Held(int group, ChildId child, Integer childGroup, LinkChecks.Held why) implements LinkDecision {

        @Override
        public String reason() {
            return "held for a person: " + why.label();
        }

        @Override
        public Match match() {
            return Match.NEEDS_REVIEW;
        }
    }
}
