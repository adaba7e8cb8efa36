package org.safeguardinghub.access.internal.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.springframework.stereotype.Service;

/**
 * The audit as the data protection officer reads it: a child's entries, a user's, and the
 * partnership's unusual access. Each look is itself audited ({@code VIEW_AUDIT}), committed before
 * the page is given. Who may read it is the web layer's rule (role DATA_PROTECTION_OFFICER).
 */
@Service
public class AuditTrail {

    public static final int PAGE_SIZE = 50;
    /** Usernames are at most 64 characters, names given at a failed sign-in are kept to 100 (SignInAuditor). */
    private static final int MAX_NAME = 100;

    /** One page of entries, newest first; pages count from 1. */
    public record Page(List<AuditRow> entries, int page, boolean hasNext) {

        public boolean hasPrevious() {
            return page > 1;
        }
    }

    /** The report of unusual access since {@code since}. */
    public record UnusualAccess(Instant since, int days, List<UnusualAccessPolicy.Finding> manyChildren,
                                List<UnusualAccessPolicy.Finding> refusals, List<AuditRow> breakGlass) {
    }

    private final AuditTrailStore store;
    private final AuditLog auditLog;
    private final AuditProperties properties;
    private final Clock clock;

    AuditTrail(AuditTrailStore store, AuditLog auditLog, AuditProperties properties, Clock clock) {
        this.store = store;
        this.auditLog = auditLog;
        this.properties = properties;
        this.clock = clock;
    }

    public Page ofChild(Actor reader, UUID childId, int page) {
        auditLog.recordView(reader, AuditAction.VIEW_AUDIT, childId, "audit of the child, page " + page);
        return page(store.ofChild(childId, offset(page), PAGE_SIZE + 1), page);
    }

    public Page ofUser(Actor reader, String username, int page) {
        String named = username.length() > MAX_NAME ? username.substring(0, MAX_NAME) : username;
        auditLog.recordView(reader, AuditAction.VIEW_AUDIT, null, "audit of user " + named + ", page " + page);
        return page(store.ofActor(username, offset(page), PAGE_SIZE + 1), page);
    }

    public UnusualAccess unusual(Actor reader) {
        int days = properties.unusualDays();
        Instant since = UnusualAccessPolicy.since(clock.instant(), days);
        auditLog.recordView(reader, AuditAction.VIEW_AUDIT, null, "unusual access in the last " + days + " days");
        UnusualAccessPolicy policy = new UnusualAccessPolicy(properties.childrenPerDay(), properties.refusalsPerHour());
        return new UnusualAccess(since, days,
                policy.manyChildren(store.childrenPerDay(since, UnusualAccessPolicy.OPENS_A_RECORD, policy.childrenPerDay())),
                policy.refusals(store.refusalsPerHour(since, policy.refusalsPerHour())),
                store.breakGlass(since));
    }

    private static long offset(int page) {
        return (Math.max(page, 1) - 1L) * PAGE_SIZE;
    }

    private static Page page(List<AuditRow> rows, int page) {
        boolean more = rows.size() > PAGE_SIZE;
        return new Page(more ? rows.subList(0, PAGE_SIZE) : rows, Math.max(page, 1), more);
    }
}
