package org.safeguardinghub.meetings.web;

import java.time.Clock;
import java.util.Locale;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.SharePurpose;
import org.safeguardinghub.access.Shares;
import org.safeguardinghub.chronology.ChildRecords;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.meetings.MeetingType;
import org.safeguardinghub.meetings.MeetingView;
import org.safeguardinghub.meetings.Minutes;
import org.safeguardinghub.shared.Formats;
import org.safeguardinghub.shared.PdfDocuments;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The latest final minutes as a PDF, for the meeting's members and for courts: headed with the
 * child, who exported it and when; restricted contributions and reports appear as restricted, as on
 * the page. An export by another agency than the organiser's is recorded as a share with its purpose.
 */
@Controller
class MinutesPdfController {

    private final MeetingPages pages;
    private final ChildRecords records;
    private final Shares shares;
    private final TemplateEngine templates;
    private final Formats formats;
    private final MeetingWords words;
    private final Clock clock;

    MinutesPdfController(MeetingPages pages, ChildRecords records, Shares shares, TemplateEngine templates, Formats formats,
                         MeetingWords words, Clock clock) {
        this.words = words;
        this.pages = pages;
        this.records = records;
        this.shares = shares;
        this.templates = templates;
        this.formats = formats;
        this.clock = clock;
    }

    @GetMapping("/children/{id}/meetings/{meetingId}/minutes.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String id, @PathVariable String meetingId, Actor viewer, Locale locale) {
        OpenRecord peek = pages.open(viewer, id, "meeting " + meetingId);
        MeetingView view = pages.meeting(peek, meetingId);
        Minutes minutes = view.latestFinal();
        if (minutes == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        OpenRecord record = records.open(viewer, view.meeting().child(), AuditAction.EXPORT_CHRONOLOGY,
                "PDF of the minutes (version " + minutes.finalVersion() + ") of meeting " + meetingId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!viewer.agency().id().equals(view.meeting().organiser().agency().id())) {
            shares.record(viewer, record.child().value(), "PDF of the minutes (version " + minutes.finalVersion()
                    + ") of meeting " + meetingId, purpose(view.meeting().type()));
        }
        Context context = context(view, minutes, record, viewer, locale);
        byte[] pdf = PdfDocuments.render(templates.process("meetings/minutes-pdf", context));
        String name = "minutes-" + meetingId + "-v" + minutes.finalVersion() + ".pdf";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(MediaType.APPLICATION_PDF).body(pdf);
    }

    private Context context(MeetingView view, Minutes minutes, OpenRecord record, Actor viewer, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("view", view);
        context.setVariable("meeting", view.meeting());
        context.setVariable("m", minutes);
        context.setVariable("child", records.profile(record));
        context.setVariable("decision", record.decision());
        context.setVariable("viewer", viewer);
        context.setVariable("contacts", MeetingController.contacts(view));
        context.setVariable("formats", formats);
        context.setVariable("words", words);
        java.util.Map<java.util.UUID, String> agencies = new java.util.HashMap<>();
        view.meeting().invitations().forEach(i -> agencies.put(i.agencyId(), i.who().agency().name()));
        context.setVariable("agencies", agencies);
        context.setVariable("exportedBy", (viewer instanceof Actor.Person p ? p.displayName() : viewer.auditName())
                + ", " + viewer.agency().name());
        context.setVariable("exportedAt", formats.dateTime(clock.instant()));
        return context;
    }

    static SharePurpose purpose(MeetingType type) {
        return switch (type) {
            case STRATEGY_DISCUSSION, STRATEGY_MEETING, EXPLOITATION_STRATEGY_MEETING, MISSING_STRATEGY_MEETING ->
                    SharePurpose.STRATEGY_DISCUSSION;
            case INITIAL_CHILD_PROTECTION_CONFERENCE, REVIEW_CHILD_PROTECTION_CONFERENCE, CORE_GROUP ->
                    SharePurpose.CHILD_PROTECTION_CONFERENCE;
            default -> SharePurpose.SAFEGUARDING_WORK;
        };
    }
}
