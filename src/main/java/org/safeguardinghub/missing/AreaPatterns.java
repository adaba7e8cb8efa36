package org.safeguardinghub.missing;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.safeguardinghub.access.AccessDecision;
import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.safeguardinghub.access.ChildAccess;
import org.safeguardinghub.access.Permission;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.ChildRecords;
import org.safeguardinghub.missing.internal.InterviewsInTimeFigures;
import org.safeguardinghub.missing.internal.MissingPermissions;
import org.safeguardinghub.missing.internal.MissingReading;
import org.safeguardinghub.missing.internal.PatternStore;
import org.springframework.stereotype.Service;

/**
 * The patterns table for managers (issue 16, "Patterns"): decides which children with episodes the
 * manager may open, as {@code ChildRecords} decides for every list, and only then counts, so the
 * figures say nothing of a child the manager may not see; every child the tables name is audited as
 * a list view before the table is given.
 */
@Service
public class AreaPatterns {

    /** Rows per table: the few a manager acts on, not a report of every child. */
    static final int ROWS = 10;
    /** "Places found repeatedly" (issue 16): found there in at least this many episodes. */
    static final int HOTSPOT_EPISODES = 2;
    /** Children named beside one place or person; the count says how many in all. */
    static final int NAMES_PER_ROW = 5;

    private final PatternStore store;
    private final ChildRecords records;
    private final AuditLog auditLog;
    private final MissingProperties properties;
    private final ChildAccess access;
    private final InterviewsInTimeFigures interviews;

    AreaPatterns(PatternStore store, ChildRecords records, ChildAccess access, AuditLog auditLog,
                 MissingProperties properties, InterviewsInTimeFigures interviews) {
        this.store = store;
        this.interviews = interviews;
        this.records = records;
        this.access = access;
        this.auditLog = auditLog;
        this.properties = properties;
    }

    public Permission mayView(Actor viewer) {
        return MissingPermissions.patterns(viewer);
    }

    /** The tables as this manager may see them (the caller has checked {@link #mayView}). */
    public MissingPatterns view(Actor viewer) {
        Map<ChildId, AccessDecision> decisions = records.decide(viewer, store.childrenWithReports());
        List<ChildId> others = decisions.entrySet().stream().filter(e -> MissingReading.seesOthers(e.getValue().basis()))
                .map(Map.Entry::getKey).toList();
        PatternStore.Scope scope = new PatternStore.Scope(decisions.keySet(), others, viewer.agency().id(),
                access.readableBy(viewer));
        MissingPatterns patterns = store.patterns(scope, new PatternStore.Limits(ROWS, HOTSPOT_EPISODES, NAMES_PER_ROW,
                properties.notAPattern()));
        List<UUID> named = patterns.named().stream().map(ChildId::value).toList();
        auditLog.recordViews(viewer, AuditAction.VIEW_LIST, named, "missing patterns across the children the manager may open");
        return patterns;
    }

    /**
     * The share of return interviews offered within 72 hours over the ended episodes of the children
     * this manager may open (the caller has checked {@link #mayView}); names no child.
     */
    public InterviewsInTime interviewsInTime(Actor viewer) {
        return interviews.of(viewer);
    }
}
