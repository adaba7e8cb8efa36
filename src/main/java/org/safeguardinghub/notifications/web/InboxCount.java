package org.safeguardinghub.notifications.web;

import org.safeguardinghub.access.CurrentViewer;
import org.safeguardinghub.access.Viewer;
import org.safeguardinghub.notifications.internal.Inbox;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page's header shows how many unread notifications the practitioner has. */
@ControllerAdvice(annotations = Controller.class)
class InboxCount {

    private final CurrentViewer currentViewer;
    private final Inbox inbox;

    InboxCount(CurrentViewer currentViewer, Inbox inbox) {
        this.currentViewer = currentViewer;
        this.inbox = inbox;
    }

    @ModelAttribute("unreadNotifications")
    Long unread() {
        return currentViewer.find().filter(v -> v instanceof Viewer.PractitionerViewer)
                .map(v -> inbox.unread((Viewer.PractitionerViewer) v)).orElse(null);
    }
}
