package org.safeguardinghub.chronology.web;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Agencies;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.SharePurpose;
import org.safeguardinghub.access.Shares;
import org.safeguardinghub.chronology.ChildProfile;
import org.safeguardinghub.chronology.ChildRecords;
import org.safeguardinghub.chronology.ChronologyEntry;
import org.safeguardinghub.chronology.ChronologyQuery;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.shared.CsvCells;
import org.safeguardinghub.shared.Formats;
import org.safeguardinghub.shared.PdfDocuments;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The (filtered) chronology as CSV and PDF, for meetings and courts. Each export is headed with
 * the child, who exported it and when, and the filter, so a printed copy says what it leaves out;
 * restricted entries appear as restricted, never silently dropped.
 */
@Controller
class ExportController {

    static final int EXPORT_LIMIT = 20_000;

    private final ChildRecords records;
    private final ChronologyQuery chronology;
    private final Agencies agencies;
    private final Shares shares;
    private final MessageSource messages;
    private final Formats formats;
    private final TemplateEngine templates;
    private final Clock clock;

    ExportController(ChildRecords records, ChronologyQuery chronology, Agencies agencies, Shares shares, MessageSource messages,
                     Formats formats, TemplateEngine templates, Clock clock) {
        this.records = records;
        this.chronology = chronology;
        this.agencies = agencies;
        this.shares = shares;
        this.messages = messages;
        this.formats = formats;
        this.templates = templates;
        this.clock = clock;
    }

    /** Everything an export is headed with. */
    record Export(ChildProfile child, String childId, List<ChronologyEntry> entries, String exportedBy,
                  String exportedAt, String filter) {
    }

    @GetMapping("/children/{id}/chronology.csv")
    ResponseEntity<byte[]> csv(@PathVariable String id, @ModelAttribute ChronologyFilterForm form, BindingResult binding,
                               @RequestParam(required = false) SharePurpose purpose, Actor viewer, Locale locale)
            throws IOException {
        Export export = export(id, form, viewer, locale, "CSV", purpose);
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord(msg("export.heading", locale, name(export.child(), locale), export.childId()));
            csv.printRecord(msg("export.exportedBy", locale, export.exportedBy(), export.exportedAt()));
            csv.printRecord(msg("export.filter", locale, export.filter()));
            csv.println();
            csv.printRecord(List.of("occurred", "ended", "agency", "type", "significance", "sensitivity", "summary",
                    "recorded_at", "recorded_by", "version", "correction_reason", "partner_reference", "event_id"));
            for (ChronologyEntry e : export.entries()) {
                csv.printRecord(cell(formats.dateTime(e.occurredAt(), e.occurredDateOnly())),
                        cell(e.endedAt() == null ? "" : formats.dateTime(e.endedAt(), e.endedDateOnly())),
                        cell(e.agencyCode()), cell(msg(e.typeKey(), locale)),
                        cell(msg("significance." + e.significance(), locale)),
                        cell(e.restricted() ? "" : msg("sensitivity." + e.sensitivity(), locale)), cell(summary(e, locale)),
                        cell(formats.dateTime(e.recordedAt())), cell(e.recordedBy()), e.version(),
                        cell(e.correctionReason()), cell(e.sourceEventId()), e.eventId());
            }
        }
        return download(out.toString().getBytes(StandardCharsets.UTF_8), "text/csv;charset=UTF-8", export, "csv");
    }

    @GetMapping("/children/{id}/chronology.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String id, @ModelAttribute ChronologyFilterForm form, BindingResult binding,
                               @RequestParam(required = false) SharePurpose purpose, Actor viewer, Locale locale) {
        Export export = export(id, form, viewer, locale, "PDF", purpose);
        Context context = new Context(locale);
        context.setVariable("export", export);
        context.setVariable("name", name(export.child(), locale));
        context.setVariable("formats", formats);
        context.setVariable("summaries", export.entries().stream().map(e -> summary(e, locale)).toList());
        byte[] pdf = PdfDocuments.render(templates.process("pdf/chronology", context));
        return download(pdf, MediaType.APPLICATION_PDF_VALUE, export, "pdf");
    }

    /**
     * The export, opened and audited; when it holds other agencies' entries the viewer may read, it
     * is a share to the viewer's agency and is recorded with its purpose and lawful basis.
     */
    private Export export(String id, ChronologyFilterForm form, Actor viewer, Locale locale, String format,
                          SharePurpose purpose) {
        String filter = describe(form, locale);
        OpenRecord record = Pages.open(records, viewer, id, AuditAction.EXPORT_CHRONOLOGY, format + "; " + filter);
        List<ChronologyEntry> entries = chronology.all(record, form.toFilter(agencies), EXPORT_LIMIT);
        long others = entries.stream().filter(e -> !e.restricted() && !e.agencyId().equals(viewer.agency().id())).count();
        if (others > 0) {
            shares.record(viewer, record.child().value(), format + " export of the chronology: " + others
                    + " entries of other agencies; filter: " + filter, purpose == null ? SharePurpose.SAFEGUARDING_WORK : purpose);
        }
        String by = viewer instanceof Actor.Person p ? p.displayName() + " (" + p.username() + ")" : viewer.auditName();
        return new Export(records.profile(record), record.child().toString(), entries,
                by + ", " + viewer.agency().name(), formats.dateTime(clock.instant()), filter);
    }

    private String describe(ChronologyFilterForm form, Locale locale) {
        List<String> parts = new ArrayList<>();
        if (!form.getAgency().isEmpty()) {
            parts.add(msg("filter.agency", locale) + ": " + String.join(", ", form.getAgency()));
        }
        if (!form.getType().isEmpty()) {
            parts.add(msg("filter.type", locale) + ": " + String.join(", ",
                    form.getType().stream().map(t -> msg("event.type." + t, locale)).toList()));
        }
        if (!form.getSignificance().isEmpty()) {
            parts.add(msg("filter.significance", locale) + ": " + String.join(", ",
                    form.getSignificance().stream().map(s -> msg("significance." + s, locale)).toList()));
        }
        form.from().date().ifPresent(d -> parts.add(msg("filter.from", locale) + ": " + formats.date(d)));
        form.to().date().ifPresent(d -> parts.add(msg("filter.to", locale) + ": " + formats.date(d)));
        return parts.isEmpty() ? msg("export.filter.none", locale) : String.join("; ", parts);
    }

    private String name(ChildProfile child, Locale locale) {
        return child.displayName() != null ? child.displayName() : msg("child.nameNotKnown", locale);
    }

    private String summary(ChronologyEntry e, Locale locale) {
        return e.restricted()
                ? msg("chronology.restricted", locale, e.agencyCode(), formats.dateTime(e.occurredAt(), e.occurredDateOnly()),
                        e.owner())
                : e.summary();
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** Spreadsheets run cells that start with = + - @ as formulas ({@link CsvCells}). */
    static String cell(String value) {
        return CsvCells.safe(value);
    }

    private ResponseEntity<byte[]> download(byte[] body, String type, Export export, String extension) {
        String name = "chronology-" + export.childId() + "-" + LocalDate.now(clock) + "." + extension;
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(MediaType.parseMediaType(type))
                .body(body);
    }
}
