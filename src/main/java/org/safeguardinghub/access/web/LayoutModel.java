package org.safeguardinghub.access.web;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.CurrentActor;
import org.safeguardinghub.access.Role;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the signed-in practitioner's name, agency, and which of the header's links are theirs. */
@ControllerAdvice
class LayoutModel {

    private final CurrentActor currentViewer;

    LayoutModel(CurrentActor currentViewer) {
        this.currentViewer = currentViewer;
    }

    @ModelAttribute("currentUser")
    CurrentUser currentUser() {
        return currentViewer.find()
                .filter(v -> v instanceof Actor.Person)
                .map(v -> (Actor.Person) v)
                .map(p -> new CurrentUser(p.displayName(), p.agency().name(), p.has(Role.ADMINISTRATOR),
                        p.has(Role.TEAM_MANAGER) || p.has(Role.SENIOR_MANAGER) || p.has(Role.SAFEGUARDING_LEAD),
                        p.agency().isChildrensSocialCare() && (p.has(Role.MASH_OFFICER) || p.has(Role.TEAM_MANAGER)),
                        p.has(Role.DATA_PROTECTION_OFFICER)))
                .orElse(null);
    }
}
