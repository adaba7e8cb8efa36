package org.safeguardinghub.meetings.web;

import java.time.Clock;
import java.time.LocalDate;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.chronology.ChildRecords;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.meetings.MeetingsQuery;
import org.safeguardinghub.meetings.internal.OpenActionsPolicy;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Every action not yet done of the child's meetings the viewer may read, soonest due first, a page
 * at a time: the rest of the Meetings tab's list ({@link OpenActionsPolicy}). The record is opened
 * and the look audited as for any meeting page; a child the viewer may not see is "not found".
 */
@Controller
class OpenActionsController {

    private final MeetingPages pages;
    private final MeetingsQuery query;
    private final ChildRecords records;
    private final Clock clock;

    OpenActionsController(MeetingPages pages, MeetingsQuery query, ChildRecords records, Clock clock) {
        this.pages = pages;
        this.query = query;
        this.records = records;
        this.clock = clock;
    }

    @GetMapping("/children/{id}/meetings/actions")
    String list(@PathVariable String id, @RequestParam(required = false) String page, Actor viewer, Model model) {
        OpenRecord record = pages.open(viewer, id, "open actions of meetings");
        model.addAttribute("childId", record.child().toString())
                .addAttribute("childName", records.profile(record).displayName())
                .addAttribute("shown", OpenActionsPolicy.fullList(query.ofChild(record).openActions(), pageNumber(page)))
                .addAttribute("today", LocalDate.now(clock));
        return "meetings/actions";
    }

    /** The page asked for; anything that is not a number is the first page (the policy keeps it in range). */
    static int pageNumber(String page) {
        try {
            return page == null ? 1 : Integer.parseInt(page.strip());
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }
}
