package org.safeguardinghub.oversight;

import java.util.Collection;
import java.util.UUID;
import org.safeguardinghub.chronology.ChildId;
import org.springframework.stereotype.Service;

/**
 * The notification service for other modules: a message to practitioners' inboxes (and by e-mail
 * when e-mail is on), such as a referrer told the outcome of their contact.
 */
@Service
public class Notifications {

    private final Notifier notifier;

    Notifications(Notifier notifier) {
        this.notifier = notifier;
    }

    /** @param link the page the message is about, relative to the application ({@code /contacts/…}) */
    public void tell(Collection<UUID> practitionerIds, ChildId child, String subject, String body, String link) {
        notifier.send(practitionerIds.stream().distinct()
                .map(p -> new Notifier.Message(p, child, null, null, subject, body, link)).toList());
    }
}
