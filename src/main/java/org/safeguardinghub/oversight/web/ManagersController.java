package org.safeguardinghub.oversight.web;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Agencies;
import org.safeguardinghub.access.Agency;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.safeguardinghub.access.Practitioners;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.alerts.AlertCode;
import org.safeguardinghub.alerts.ManagersViewSection;
import org.safeguardinghub.alerts.Severity;
import org.safeguardinghub.oversight.Alerts;
import org.safeguardinghub.oversight.ManagersView;
import org.safeguardinghub.shared.CsvCells;
import org.safeguardinghub.shared.Formats;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The managers' view per agency or team, for managers, safeguarding leads and administrators. */
@Controller
class ManagersController {

    static final int PAGE = 25;
    /** Managers and leads see their own agency's view; administrators no longer see any (need-to-know). */
    static final Set<Role> MAY_VIEW = Set.of(Role.TEAM_MANAGER, Role.SENIOR_MANAGER, Role.SAFEGUARDING_LEAD);

    private final ManagersView view;
    private final Agencies agencies;
    private final Practitioners practitioners;
    private final Alerts alerts;
    private final AuditLog auditLog;
    private final MessageSource messages;
    private final Formats formats;
    private final Clock clock;
    private final List<ManagersViewSection> sections;

    ManagersController(ManagersView view, Agencies agencies, Practitioners practitioners, Alerts alerts,
                       AuditLog auditLog, MessageSource messages, Formats formats, Clock clock,
                       List<ManagersViewSection> sections) {
        this.view = view;
        this.sections = sections.stream().sorted(java.util.Comparator.comparingInt(ManagersViewSection::order)).toList();
        this.agencies = agencies;
        this.practitioners = practitioners;
        this.alerts = alerts;
        this.auditLog = auditLog;
        this.messages = messages;
        this.formats = formats;
        this.clock = clock;
    }

    record Selection(Agency agency, String team, ManagersView.Query query) {
    }

    @GetMapping("/oversight")
    String page(@RequestParam(required = false) String agency, @RequestParam(required = false) String team,
                @RequestParam(required = false) Severity severity, @RequestParam(required = false) AlertCode code,
                @RequestParam(defaultValue = "false") boolean unacknowledged,
                @RequestParam(required = false) ManagersView.Sort sort, @RequestParam(defaultValue = "0") int page,
                Actor.Person viewer, Model model) {
        Selection selection = select(viewer, agency, team, new ManagersView.Query(severity, code, unacknowledged, sort));
        ManagersView.Overview overview = view.of(selection.agency(), selection.team(), selection.query());
        int pages = Math.max(1, (overview.rows().size() + PAGE - 1) / PAGE);
        int current = Math.min(Math.max(page, 0), pages - 1);
        List<ManagersView.Row> rows = overview.rows().subList(current * PAGE, Math.min(overview.rows().size(), (current + 1) * PAGE));
        auditLog.recordViews(viewer, AuditAction.VIEW_LIST, rows.stream().map(r -> r.alert().child().value()).distinct().toList(),
                "managers' view " + selection.agency().code() + (selection.team() == null ? "" : " / " + selection.team()));
        model.addAttribute("overview", overview)
                .addAttribute("rows", rows)
                .addAttribute("page", current).addAttribute("pages", pages)
                .addAttribute("agency", selection.agency()).addAttribute("team", selection.team())
                .addAttribute("teams", practitioners.teams(selection.agency().id()))
                .addAttribute("agencies", viewer.has(Role.ADMINISTRATOR) ? agencies.all() : List.of(viewer.agency()))
                .addAttribute("query", selection.query()).addAttribute("severities", List.of(Severity.values()))
                .addAttribute("codes", List.of(AlertCode.values())).addAttribute("sorts", List.of(ManagersView.Sort.values()))
                .addAttribute("reasons", overview.rows().stream().collect(java.util.stream.Collectors.toMap(
                        r -> r.alert().id(), r -> alerts.reason(r.alert()), (a, b) -> a)))
                .addAttribute("sections", sections.stream()
                        .map(s -> s.render(viewer, selection.agency(), selection.team())).flatMap(Optional::stream).toList());
        return "oversight/managers";
    }

    @GetMapping("/oversight.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String agency, @RequestParam(required = false) String team,
                               @RequestParam(required = false) Severity severity, @RequestParam(required = false) AlertCode code,
                               @RequestParam(defaultValue = "false") boolean unacknowledged,
                               @RequestParam(required = false) ManagersView.Sort sort,
                               Actor.Person viewer, Locale locale) throws IOException {
        Selection selection = select(viewer, agency, team, new ManagersView.Query(severity, code, unacknowledged, sort));
        ManagersView.Overview overview = view.of(selection.agency(), selection.team(), selection.query());
        auditLog.recordViews(viewer, AuditAction.VIEW_LIST, overview.rows().stream().map(r -> r.alert().child().value())
                .distinct().toList(), "managers' view as CSV " + selection.agency().code());
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord(messages.getMessage("managers.csv.heading", new Object[] {selection.agency().name(),
                    selection.team() == null ? "" : selection.team(), viewer.displayName(),
                    formats.dateTime(clock.instant())}, locale));
            csv.printRecord("child", "child_id", "alert", "severity", "status", "raised_at", "age_days",
                    "unacknowledged_too_long", "reason");
            for (ManagersView.Row row : overview.rows()) {
                // every cell guarded: a partner's data (a child's name) may begin like a formula
                csv.printRecord(CsvCells.safe(row.childName()), CsvCells.safe(row.alert().child()),
                        CsvCells.safe(row.alert().code()), CsvCells.safe(row.alert().severity()),
                        CsvCells.safe(row.alert().status()), CsvCells.safe(formats.dateTime(row.alert().raisedAt())),
                        row.age().toDays(), row.unacknowledgedTooLong(), CsvCells.safe(alerts.reason(row.alert())));
            }
        }
        String name = "alerts-" + selection.agency().code() + "-" + LocalDate.now(clock) + ".csv";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Managers see their own agency. */
    private Selection select(Actor.Person viewer, String agencyCode, String team, ManagersView.Query query) {
        if (MAY_VIEW.stream().noneMatch(viewer::has)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        Agency agency = viewer.agency();

        return new Selection(agency, team == null || team.isBlank() ? null : team.strip(), query);
    }
}
