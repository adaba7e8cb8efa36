package org.safeguardinghub.notifications.internal;

import java.util.List;

import org.safeguardinghub.access.Actor;
import org.springframework.stereotype.Service;

/** Each practitioner's in-app notifications, newest first. */
@Service
public class Inbox {

    public static final int PAGE = 50;

    private final NotificationStore store;

    Inbox(NotificationStore store) {
        this.store = store;
    }

    public List<NotificationStore.Held> latest(Actor.Person viewer, int page) {
        return store.latest(viewer.practitionerId(), PAGE, Math.max(page, 0) * PAGE);
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
