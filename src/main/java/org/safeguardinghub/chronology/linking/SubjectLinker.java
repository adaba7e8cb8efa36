package org.safeguardinghub.chronology.linking;

import java.util.List;

import org.safeguardinghub.access.Agency;
import org.safeguardinghub.chronology.Subject;

/**
 * Decides which child each incoming subject is. The feed calls it for a batch at once so an
 * implementation can look everything up in a few queries. The foundation links exactly
 * ({@code ExactSubjectLinker}); probabilistic matching replaces it behind this interface.
 */
public interface SubjectLinker {

    /** @return one decision per subject, in the same order */
    List<LinkDecision> decide(Agency sender, List<Subject> subjects);
}
