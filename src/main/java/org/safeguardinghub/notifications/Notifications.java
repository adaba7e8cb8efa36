package org.safeguardinghub.notifications;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.notifications.internal.NotificationStore;
import org.springframework.stereotype.Service;

/**
 * The notification service: puts messages in practitioners' inboxes, in the caller's transaction,
 * so a message is sent only if what it tells of is committed (and e-mailed afterwards when e-mail
 * is on).
 */
@Service
public class Notifications {

    private final NotificationStore store;

    Notifications(NotificationStore store) {
        this.store = store;
    }

    public void send(List<Notification> notifications) {
        store.insert(notifications);
    }

    /** The same message to each of these practitioners (each told once). */
    public void tell(Collection<UUID> practitionerIds, ChildId child, String subject, String body, String link) {
        send(practitionerIds.stream().distinct().map(p -> new Notification(p, child, subject, body, link)).toList());
    }
}
