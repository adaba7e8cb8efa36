package org.safeguardinghub.chronology;

import java.time.Instant;
import java.util.List;

/**
 * What a module has due for a child (a decision on a contact, a disagreement's response, later a
 * conference or a return interview), gathered into "what is due next" at the top of the child's
 * page so that no module's deadline is hidden in its own tab.
 */
public interface ChildDeadlines {

    /**
     * One thing due: by when ({@code dateOnly} when only the day matters), what (a message key and
     * its arguments), and the page where it is done.
     */
    record Deadline(Instant due, boolean dateOnly, String whatKey, List<Object> args, String link) {

        public Deadline {
            args = List.copyOf(args);
        }
    }

    /** The child's open deadlines from this module; the record is already opened and audited. */
    List<Deadline> deadlines(OpenRecord record);
}
