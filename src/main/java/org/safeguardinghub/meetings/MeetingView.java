package org.safeguardinghub.meetings;

import java.util.List;

/**
 * A meeting with its minutes, every revision latest first, and the actions of its latest final
 * minutes with whether each is done.
 */
public record MeetingView(Meeting meeting, List<Minutes> revisions, List<MeetingAction> actions) {

    public MeetingView {
        revisions = List.copyOf(revisions);
        actions = List.copyOf(actions);
    }

    /** Convened and waiting for minutes, minutes in draft, or minutes final. */
    public enum Status { CONVENED, DRAFT, FINALISED }

    public Status status() {
        if (revisions.isEmpty()) {
            return Status.CONVENED;
        }
        return revisions.getFirst().isFinal() ? Status.FINALISED : Status.DRAFT;
    }

    /** The latest revision, draft or final; null if there are no minutes yet. */
    public Minutes latest() {
        return revisions.isEmpty() ? null : revisions.getFirst();
    }

    /** The latest final minutes; null until the minutes are finalised. */
    public Minutes latestFinal() {
        return finals().stream().findFirst().orElse(null);
    }

    /** Every final version, latest first. */
    public List<Minutes> finals() {
        return revisions.stream().filter(Minutes::isFinal).toList();
    }
}
