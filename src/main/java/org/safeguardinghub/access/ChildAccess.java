package org.safeguardinghub.access;

import java.util.UUID;

import org.safeguardinghub.access.internal.ChildAccessPolicy;
import org.springframework.stereotype.Service;

/** The {@link ChildAccessPolicy} applied with the current list of agencies. */
@Service
public class ChildAccess {

    private final ChildAccessPolicy policy = new ChildAccessPolicy();
    private final Agencies agencies;

    ChildAccess(Agencies agencies) {
        this.agencies = agencies;
    }

    public AccessScope scopeOf(Actor viewer) {
        return policy.scopeOf(viewer, agencies.all());
    }

    public AccessBasis decide(Actor viewer, ChildInvolvement involvement) {
        return policy.decide(viewer, involvement, agencies.all());
    }

    public boolean mayAddToNetwork(Actor viewer, Agency agency) {
        return policy.mayAddToNetwork(viewer, agency);
    }

    public boolean canRead(Actor viewer, UUID recordingAgencyId, Sensitivity sensitivity) {
        return policy.canRead(viewer, recordingAgencyId, sensitivity);
    }
}
