package org.safeguardinghub.notifications.web;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.CurrentActor;
import org.safeguardinghub.notifications.internal.Inbox;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page's header shows how many unread notifications the practitioner has. */
@ControllerAdvice(annotations = Controller.class)
class InboxCount {

    private final CurrentActor currentViewer;
    private final Inbox inbox;

    InboxCount(CurrentActor currentViewer, Inbox inbox) {
        this.currentViewer = currentViewer;
        this.inbox = inbox;
    }

    @ModelAttribute("unreadNotifications")
    Long unread() {
        return currentViewer.find().filter(v -> v instanceof Actor.Person)
                .map(v -> inbox.unread((Actor.Person) v)).orElse(null);
    }
}
