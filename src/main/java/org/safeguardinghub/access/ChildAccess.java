package org.safeguardinghub.access;

import java.time.Clock;
import java.util.Set;

import org.safeguardinghub.access.internal.ChildAccessPolicy;
import org.safeguardinghub.access.internal.SensitivityPolicies;
import org.springframework.stereotype.Service;

/** The child-access policy and the sensitivity policy in force, applied with the current agencies. */
@Service
public class ChildAccess {

    private final ChildAccessPolicy policy = new ChildAccessPolicy();
    private final Agencies agencies;
    private final SensitivityPolicies sensitivities;
    private final Clock clock;

    ChildAccess(Agencies agencies, SensitivityPolicies sensitivities, Clock clock) {
        this.agencies = agencies;
        this.sensitivities = sensitivities;
        this.clock = clock;
    }

    /** May this actor open the child's record, why, and what of other agencies' entries may they read. */
    public AccessDecision decide(Actor actor, ChildRelations relations) {
        AccessBasis basis = policy.decide(actor, relations, agencies.all(), clock.instant());
        return basis == AccessBasis.NO_ACCESS ? AccessDecision.none()
                : new AccessDecision(basis, readableBy(actor));
    }

    /**
     * As {@link #decide}, for deciding many children in one request (lists, the risk network view):
     * what depends only on the actor (the agencies, what they may read, the time) is worked out once,
     * not once a child.
     */
    public java.util.function.Function<ChildRelations, AccessDecision> decider(Actor actor) {
        var decide = policy.decider(actor, agencies.all(), clock.instant());
        Set<Sensitivity> readable = readableBy(actor);
        AccessDecision none = AccessDecision.none();
        return relations -> {
            AccessBasis basis = decide.apply(relations);
            return basis == AccessBasis.NO_ACCESS ? none : new AccessDecision(basis, readable);
        };
    }

    public AccessScope scopeOf(Actor actor) {
        return policy.scopeOf(actor, agencies.all());
    }

    /** The sensitivities of other agencies' entries this actor may read, under the policy in force. */
    public Set<Sensitivity> readableBy(Actor actor) {
        return sensitivities.current().readableBy(actor);
    }
}
