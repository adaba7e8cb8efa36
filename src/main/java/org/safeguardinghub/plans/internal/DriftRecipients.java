package org.safeguardinghub.plans.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Who, besides those every alert reaches (the child's social worker and team manager, the safeguarding
 * leads of the agencies concerned), hears that a plan drifts: the lead professional of each drifting
 * plan, and the practitioner who owns each overdue or stalled action, since they can put it right.
 * Plain Java.
 */
public final class DriftRecipients {

    public enum Because { LEAD_PROFESSIONAL, ACTION_OWNER }

    private DriftRecipients() {
    }

    public static Map<UUID, Because> of(Collection<DriftRule.Reason> reasons) {
        Map<UUID, Because> told = new LinkedHashMap<>();
        for (DriftRule.Reason reason : reasons) {
            if (reason.practitionerId() == null) {
                continue;
            }
            boolean action = reason.kind() == DriftRule.Kind.ACTION_OVERDUE || reason.kind() == DriftRule.Kind.NO_PROGRESS;
            Because because = action ? Because.ACTION_OWNER : Because.LEAD_PROFESSIONAL;
            told.merge(reason.practitionerId(), because, (a, b) -> a == Because.LEAD_PROFESSIONAL ? a : b);
        }
        return told;
    }
}
