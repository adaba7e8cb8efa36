package org.safeguardinghub.missing.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Agency;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.SharePurpose;
import org.safeguardinghub.access.Shares;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.ChildRecords;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.missing.Episode;
import org.safeguardinghub.missing.InterviewStatus;
import org.safeguardinghub.missing.Report;
import org.safeguardinghub.missing.internal.MissingViews;
import org.safeguardinghub.shared.ApiProblems;
import org.safeguardinghub.shared.HubTime;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/children/{childId}/missing-episodes}: the child's missing episodes as the calling
 * agency may see them, each once however many sources reported it, with those sources, its start,
 * end and length, police grading, where and with whom found, and its return interview's status and
 * 72-hour deadline. Each read of other agencies' reports is recorded as a share with its lawful basis.
 */
@RestController
@Tag(name = "Missing episodes", description = "A child's missing episodes, merged across sources")
class MissingApiController {

    private final ChildRecords records;
    private final MissingPage page;
    private final Shares shares;

    MissingApiController(ChildRecords records, MissingPage page, Shares shares) {
        this.records = records;
        this.page = page;
        this.shares = shares;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record EpisodeJson(String id, String startedAt, String endedAt, String startedOn, boolean ongoing, Long durationMinutes,
                       List<String> from, String riskGrading, Boolean reportedToPolice, List<String> foundAt,
                       List<String> foundWith, List<Source> sources, Interview returnInterview, boolean restricted,
                       String contact) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Source(String agency, String source, String eventId, String reportedAt, boolean restricted) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Interview(InterviewStatus status, String dueBy, String offeredAt, Boolean accepted, String completedAt) {
    }

    record Episodes(String childId, List<EpisodeJson> episodes) {
    }

    @Operation(summary = "A child's missing episodes, each once, with the sources that reported it",
            description = "Newest first. An episode reported by several agencies (the home and the police, say) is one "
                    + "episode listing every source. The return interview is due within 72 hours of the return "
                    + "(status NOT_RETURNED, DUE, OVERDUE, OFFERED or OFFERED_LATE). Reports your agency may not read are "
                    + "marked restricted; an episode of only such reports gives only its date, its first source and whom "
                    + "to ask. A child your agency does not work with is 404.")
    @GetMapping(path = "/api/v1/children/{childId}/missing-episodes", produces = MediaType.APPLICATION_JSON_VALUE)
    Episodes episodes(@PathVariable String childId, Actor.PartnerSystem client) {
        OpenRecord record = ChildId.parse(childId)
                .flatMap(id -> records.open(client, id, AuditAction.READ_CHRONOLOGY, "missing episodes"))
                .orElseThrow(() -> new ApiProblems.NotFound("No child " + childId + " that your agency works with."));
        Map<UUID, Agency> agencies = page.agencies();
        List<MissingPage.EpisodeRow> rows = page.rows(record);
        List<EpisodeJson> episodes = rows.stream().map(row -> json(row, agencies)).toList();
        long others = rows.stream().flatMap(r -> r.view().reports().stream())
                .filter(r -> !r.restricted() && !r.agencyId().equals(client.agency().id())).count();
        if (others > 0) {
            shares.record(client, record.child().value(), "missing episodes through the API: " + others
                    + " reports of other agencies", SharePurpose.PARTNER_SYSTEM_READ);
        }
        return new Episodes(record.child().toString(), episodes);
    }

    private static EpisodeJson json(MissingPage.EpisodeRow row, Map<UUID, Agency> agencies) {
        MissingViews.EpisodeView view = row.view();
        List<Source> sources = view.reports().stream().map(r -> source(r, agencies)).toList();
        if (view.restricted()) {
            String contact = agencies.get(view.firstAgency()).name();
            return new EpisodeJson(view.id().toString(), null, null, LocalDate.ofInstant(view.shownAt(), HubTime.ZONE).toString(),
                    false, null, null, null, null, null, null, sources, null, true, contact);
        }
        Episode e = view.episode();
        var clock = row.clock();
        var first = row.interviews().stream().map(MissingPage.InterviewRow::interview).findFirst();
        Interview interview = new Interview(clock.status(), clock.due() == null ? null : clock.due().toString(),
                first.map(i -> i.offeredAt().toString()).orElse(null), first.map(i -> i.accepted()).orElse(null),
                first.map(i -> i.completedAt() == null ? null : i.completedAt().toString()).orElse(null));
        return new EpisodeJson(e.id().toString(), e.startedAt().toString(), e.ongoing() ? null : e.endedAt().toString(), null,
                e.ongoing(), row.length().toMinutes(), e.from().stream().map(Enum::name).toList(),
                e.grading().map(Enum::name).orElse(null), e.reportedToPolice(), e.foundAt(), e.foundWith(), sources,
                interview, false, null);
    }

    private static Source source(MissingViews.ReportView r, Map<UUID, Agency> agencies) {
        String agency = agencies.get(r.agencyId()).code();
        if (r.restricted()) {
            return new Source(agency, null, null, null, true);
        }
        Report report = r.report();
        String eventId = report.sourceEventId() != null ? report.sourceEventId()
                : report.eventId() != null ? report.eventId().toString() : null;
        return new Source(agency, report.source().name(), eventId, report.recordedAt().toString(), false);
    }
}
