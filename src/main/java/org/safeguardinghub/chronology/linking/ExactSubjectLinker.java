package org.safeguardinghub.chronology.linking;

import java.util.List;

import org.safeguardinghub.access.Agency;
import org.safeguardinghub.chronology.Subject;
import org.safeguardinghub.chronology.children.ChildStore;
import org.springframework.stereotype.Component;

/**
 * The foundation's {@link SubjectLinker}: {@link ExactLinkingRule} over what is on record.
 * A module with a better linker replaces it by declaring its own as {@code @Primary}.
 */
@Component
class ExactSubjectLinker implements SubjectLinker {

    private final ChildStore children;

    ExactSubjectLinker(ChildStore children) {
        this.children = children;
    }

    @Override
    public List<LinkDecision> decide(Agency sender, List<Subject> subjects) {
        return new ExactLinkingRule(children.onRecord(sender.id(), subjects)).decideAll(subjects);
    }
}
