package org.safeguardinghub.missing.internal;

import java.util.UUID;

import org.safeguardinghub.access.AccessBasis;
import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.chronology.OpenRecord;

/**
 * What of a child's missing episodes a viewer reads, by the access rules (ADR 0022) with one
 * addition: a police force an episode was shared with reads the missing profile and episodes at the
 * sensitivities its type may read, though not the rest of the chronology. An agency always reads its
 * own reports; a viewer who sees only their agency's own entries sees only episodes their agency
 * reported, and only its reports of them. Plain Java.
 */
public final class MissingReading {

    private MissingReading() {
    }

    /** Whether the viewer reads this agency's report (or interview, or words) of this sensitivity. */
    public static boolean mayRead(OpenRecord record, UUID agencyId, Sensitivity sensitivity) {
        if (record.viewer().agency().id().equals(agencyId)) {
            return true;
        }
        return seesOthers(record) && record.decision().readable().contains(sensitivity);
    }

    /** Whether the viewer sees other agencies' reports at all (restricted ones as restricted). */
    public static boolean seesOthers(OpenRecord record) {
        return seesOthers(record.basis());
    }

    /** As {@link #seesOthers(OpenRecord)}, from the basis of an access decision (for lists of children). */
    public static boolean seesOthers(AccessBasis basis) {
        return basis.wholeRecord() || basis == AccessBasis.MISSING_EPISODE;
    }

    /** Whether the viewer reads the child's missing profile and trigger plan (standard information for those who work with the child). */
    public static boolean readsProfile(OpenRecord record) {
        return seesOthers(record);
    }
}
