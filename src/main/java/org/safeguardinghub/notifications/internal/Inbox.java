package org.safeguardinghub.notifications.internal;

import java.util.List;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.springframework.stereotype.Service;

/** Each practitioner's in-app notifications, newest first. */
@Service
public class Inbox {

    public static final int PAGE = 50;

    private final NotificationStore store;
    private final AuditLog auditLog;

    Inbox(NotificationStore store, AuditLog auditLog) {
        this.store = store;
        this.auditLog = auditLog;
    }

    /** A page of the practitioner's notifications, audited as a look at each child they are about. */
    public List<NotificationStore.Held> latest(Actor.Person viewer, int page) {
        List<NotificationStore.Held> shown = store.latest(viewer.practitionerId(), PAGE, Math.max(page, 0) * PAGE);
        auditLog.recordViews(viewer, AuditAction.VIEW_INBOX, shown.stream().map(NotificationStore.Held::childId)
                .filter(java.util.Objects::nonNull).distinct().toList(), "inbox page " + Math.max(page, 0));
        return shown;
    }

    public long unread(Actor.Person viewer) {
        return store.unread(viewer.practitionerId());
    }

    public void markRead(Actor.Person viewer, java.util.UUID id) {
        store.markRead(viewer.practitionerId(), id);
    }

    public void markAllRead(Actor.Person viewer) {
        store.markAllRead(viewer.practitionerId());
    }
}
