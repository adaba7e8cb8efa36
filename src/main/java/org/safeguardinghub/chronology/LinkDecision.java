package org.safeguardinghub.chronology;

/**
 * What a {@link SubjectLinker} decided about one subject, with the reason shown to people.
 * Subjects of one batch that are the same new person share a {@code group}, so they become one
 * child.
 */
public sealed interface LinkDecision {

    String reason();

    /** The subject is this known child. */
    record Known(ChildId child, String reason) implements LinkDecision {
    }

    /** No known child is this subject. */
    record NewPerson(int group, String reason) implements LinkDecision {
    }
}
