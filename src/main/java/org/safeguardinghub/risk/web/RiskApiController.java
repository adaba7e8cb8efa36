package org.safeguardinghub.risk.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Agencies;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.SharePurpose;
import org.safeguardinghub.access.Shares;
import org.safeguardinghub.chronology.ChildRecords;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.risk.RiskHistory;
import org.safeguardinghub.risk.RiskLevel;
import org.safeguardinghub.risk.Screening;
import org.safeguardinghub.risk.Screenings;
import org.safeguardinghub.risk.internal.RiskTexts;
import org.safeguardinghub.shared.ApiProblems;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/children/{childId}/risk}: the child's exploitation risk as the calling agency
 * may read it: the level in force, by the tool and by judgement; every screening with its tool
 * version, the tool's suggestion, the judgement and its rationale (where the agency reads them) and
 * a manager's agreement; and the level over time. An agency that has only sent events reads only its
 * own screenings; any other child is 404. Each read of other agencies' screenings is a share.
 */
@RestController
@Tag(name = "Exploitation risk", description = "A child's exploitation risk screenings and professional judgement")
class RiskApiController {

    private final ChildRecords records;
    private final Screenings screenings;
    private final Agencies agencies;
    private final Shares shares;
    private final RiskTexts texts;

    RiskApiController(ChildRecords records, Screenings screenings, Agencies agencies, Shares shares, RiskTexts texts) {
        this.records = records;
        this.screenings = screenings;
        this.agencies = agencies;
        this.shares = shares;
        this.texts = texts;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Current(RiskLevel level, RiskLevel byTool, RiskLevel byJudgement, boolean judgementInForce,
                   boolean awaitingAgreement, String screeningId, String since) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Agreement(boolean agreed, String by, String at, String note) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ScreeningJson(String id, String screenedAt, String agency, String screenedBy, int toolVersion, String toolScore,
                         RiskLevel toolLevel, List<String> toolReasons, RiskLevel judgedLevel, String rationale,
                         boolean restricted, RiskLevel levelInForce, boolean needsAgreement, String agreementDueAt,
                         Agreement agreement) {
    }

    record Point(String at, String kind, RiskLevel level) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Risk(String childId, Current current, List<ScreeningJson> screenings, List<Point> history) {
    }

    @Operation(summary = "A child's exploitation risk: the level in force by tool and by judgement, every screening, and history",
            description = "Screenings newest first, each with the tool version it used. The indicators' reasons and the "
                    + "rationale are given only where your agency may read them (restricted: true otherwise). An agency "
                    + "that has only sent events about the child reads only its own screenings. A child your agency does "
                    + "not work with is 404.")
    @GetMapping(path = "/api/v1/children/{childId}/risk", produces = MediaType.APPLICATION_JSON_VALUE)
    Risk risk(@PathVariable String childId, Actor.PartnerSystem client) {
        OpenRecord record = records.open(client, childId, AuditAction.READ_CHRONOLOGY, "exploitation risk")
                .orElseThrow(() -> new ApiProblems.NotFound("No child " + childId + " that your agency works with."));
        RiskHistory history = screenings.history(record);
        List<Screening> shown = history.screenings().stream()
                .filter(s -> record.wholeRecord() || s.agencyId().equals(client.agency().id())).toList();
        long others = shown.stream().filter(s -> !s.agencyId().equals(client.agency().id())).count();
        if (others > 0) {
            shares.record(client, record.child().value(), "exploitation risk through the API: " + others
                    + " screenings of other agencies", SharePurpose.PARTNER_SYSTEM_READ);
        }
        Current current = record.wholeRecord() ? history.latest().map(RiskApiController::current).orElse(null) : null;
        List<Point> line = record.wholeRecord() ? history.line().stream()
                .map(p -> new Point(p.at().toString(), p.kind().name(), p.inForce())).toList() : List.of();
        return new Risk(record.child().toString(), current, shown.stream().map(s -> json(record, s)).toList(), line);
    }

    private static Current current(Screening s) {
        return new Current(s.levelInForce(), s.toolLevel(), s.judgedLevel(), s.judgementInForce(), s.awaitingAgreement(),
                s.id().toString(), s.screenedAt().toString());
    }

    private ScreeningJson json(OpenRecord record, Screening s) {
        boolean readable = screenings.mayRead(record, s);
        var agreement = s.agreement() == null ? null : new Agreement(s.agreement().agreed(), s.agreement().byName(),
                s.agreement().at().toString(), readable ? s.agreement().note() : null);
        return new ScreeningJson(s.id().toString(), s.screenedAt().toString(),
                agencies.byId(s.agencyId()).map(a -> a.code()).orElse(null), s.screenedByName(), s.toolVersion(),
                new org.safeguardinghub.risk.ToolOutcome(s.toolLevel(), s.toolScore(), List.of()).points(), s.toolLevel(),
                readable ? s.toolReasons().stream().map(texts::reason).toList() : null, s.judgedLevel(),
                readable ? s.rationale() : null, !readable, s.levelInForce(), s.needsAgreement(),
                s.agreementDueAt() == null ? null : s.agreementDueAt().toString(), agreement);
    }
}
