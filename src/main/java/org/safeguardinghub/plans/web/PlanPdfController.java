package org.safeguardinghub.plans.web;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.SharePurpose;
import org.safeguardinghub.access.Shares;
import org.safeguardinghub.chronology.ChildRecords;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.plans.Plan;
import org.safeguardinghub.plans.Plans;
import org.safeguardinghub.shared.Formats;
import org.safeguardinghub.shared.PdfDocuments;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The plan as a PDF for sharing with agencies (issue 15, item 7): the same plain-words plan as the
 * page, headed with who made the copy and when. A copy is a share, recorded with its purpose and
 * lawful basis (ADR 0022).
 */
@Controller
class PlanPdfController {

    private final ChildRecords records;
    private final Plans plans;
    private final PlanPage page;
    private final Shares shares;
    private final TemplateEngine templates;
    private final Formats formats;
    private final Clock clock;

    PlanPdfController(ChildRecords records, Plans plans, PlanPage page, Shares shares, TemplateEngine templates,
                      Formats formats, Clock clock) {
        this.records = records;
        this.plans = plans;
        this.page = page;
        this.shares = shares;
        this.templates = templates;
        this.formats = formats;
        this.clock = clock;
    }

    @GetMapping("/children/{id}/plans/{planId}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String id, @PathVariable UUID planId,
                               @RequestParam(required = false) SharePurpose purpose, Actor viewer, Locale locale) {
        OpenRecord record = PlanController.open(records, viewer, id, "PDF of plan " + planId);
        Plan plan = PlanController.plan(plans, record, planId);
        Context context = new Context(locale);
        context.setVariables(page.model(record, plan));
        String by = viewer instanceof Actor.Person p ? p.displayName() + " (" + p.username() + ")" : viewer.auditName();
        context.setVariable("madeBy", by + ", " + viewer.agency().name());
        context.setVariable("madeAt", formats.dateTime(clock.instant()));
        context.setVariable("formats", formats);
        byte[] pdf = PdfDocuments.render(templates.process("plans/pdf", context));
        shares.record(viewer, record.child().value(), "PDF of plan " + planId,
                purpose == null ? SharePurpose.SAFEGUARDING_WORK : purpose);
        String name = "plan-" + plan.type().name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + record.child() + ".pdf";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(MediaType.APPLICATION_PDF).body(pdf);
    }
}
