package org.safeguardinghub.access.internal;

import java.time.Clock;
import java.util.List;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sensitivity policy in force and its history. Read on every look at a record, so the current
 * version is held in memory and reloaded after a change here and every minute (changes on other
 * nodes). Publishing makes a new version; the old ones stay.
 */
@Service
public class SensitivityPolicies {

    private final SensitivityPolicyStore store;
    private final AuditLog auditLog;
    private final Clock clock;
    private volatile SensitivityPolicy current;

    SensitivityPolicies(SensitivityPolicyStore store, AuditLog auditLog, Clock clock) {
        this.store = store;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public SensitivityPolicy current() {
        SensitivityPolicy policy = current;
        if (policy == null) {
            reload();
            policy = current;
        }
        return policy;
    }

    public List<SensitivityPolicy> history() {
        return store.all();
    }

    /** Publishes a new version with these grants; the note says why it changed. */
    @Transactional
    public SensitivityPolicy publish(Actor by, List<SensitivityPolicy.Grant> grants, String note) {
        SensitivityPolicy published = store.publish(current().version() + 1, grants, by.auditName(), note.strip(),
                clock.instant());
        auditLog.record(by, AuditAction.CHANGE_SENSITIVITY_POLICY, null,
                "version " + published.version() + ": " + note.strip());
        current = published;
        return published;
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void reload() {
        current = store.latest();
    }
}
