package org.safeguardinghub.notifications.web;

import java.util.UUID;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.notifications.internal.Inbox;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The practitioner's inbox of notifications. */
@Controller
class InboxController {

    private final Inbox inbox;

    InboxController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/inbox")
    String inbox(@RequestParam(defaultValue = "0") int page, Actor.Person viewer, Model model) {
        model.addAttribute("notifications", inbox.latest(viewer, page)).addAttribute("page", Math.max(page, 0));
        return "notifications/inbox";
    }

    /** Opening a notification marks it read and goes where it points. */
    @PostMapping("/inbox/{id}/open")
    String open(@PathVariable UUID id, @RequestParam(defaultValue = "/inbox") String link,
                Actor.Person viewer) {
        inbox.markRead(viewer, id);
        return "redirect:" + (link.startsWith("/") && !link.startsWith("//") ? link : "/inbox");
    }

    @PostMapping("/inbox/read")
    String allRead(Actor.Person viewer) {
        inbox.markAllRead(viewer);
        return "redirect:/inbox";
    }
}
