package org.safeguardinghub.chronology.linking;

import java.util.List;
import java.util.Optional;

import org.safeguardinghub.access.Agency;
import org.safeguardinghub.chronology.KnownChildren;
import org.safeguardinghub.chronology.LinkChecks;
import org.safeguardinghub.chronology.Subject;
import org.safeguardinghub.chronology.children.ChildStore;
import org.springframework.stereotype.Component;

/**
 * The foundation's {@link SubjectLinker}: {@link ExactLinkingRule} over what is on record, each
 * link it finds looked at again by the {@link LinkChecks} (the identity module's) before it is made.
 * A module with a better linker replaces it by declaring its own as {@code @Primary}.
 */
@Component
class ExactSubjectLinker implements SubjectLinker {

    private final ChildStore children;
    private final KnownChildren known;
    private final LinkChecks checks;

    ExactSubjectLinker(ChildStore children, KnownChildren known, List<LinkChecks> checks) {
        this.children = children;
        this.known = known;
        this.checks = checks.isEmpty() ? (subject, evidence, child) -> Optional.empty() : checks.getFirst();
    }

    @Override
    public List<LinkDecision> decide(Agency sender, List<Subject> subjects) {
        return new ExactLinkingRule(children.onRecord(sender.id(), subjects),
                child -> known.describe(List.of(child)).getOrDefault(child, List.of()), checks).decideAll(subjects);
    }
}
