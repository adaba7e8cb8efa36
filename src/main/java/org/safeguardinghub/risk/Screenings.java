package org.safeguardinghub.risk;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.safeguardinghub.access.Permission;
import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.calendar.WorkingDays;
import org.safeguardinghub.chronology.ChronologyEntries;
import org.safeguardinghub.chronology.EventFacts;
import org.safeguardinghub.chronology.EventType;
import org.safeguardinghub.chronology.NewEvent;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.chronology.Significance;
import org.safeguardinghub.risk.internal.AgeRule;
import org.safeguardinghub.risk.internal.EvidenceFinder;
import org.safeguardinghub.risk.internal.JudgementRule;
import org.safeguardinghub.risk.internal.RescreenRule;
import org.safeguardinghub.risk.internal.RiskAlerts;
import org.safeguardinghub.risk.internal.RiskPermissions;
import org.safeguardinghub.risk.internal.RiskTexts;
import org.safeguardinghub.risk.internal.ScoringRule;
import org.safeguardinghub.risk.internal.ScreeningNotices;
import org.safeguardinghub.risk.internal.ScreeningStore;
import org.safeguardinghub.shared.HubTime;
import org.safeguardinghub.shared.Ids;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Screening a child for exploitation risk: the form pre-filled from the chronology, the tool's
 * proposal with its reasons, the practitioner's judgement and rationale on top, a manager's
 * agreement to a lowering, and the child's risk over time. Each screening is put in the child's
 * chronology and the {@code HIGH_RISK_EXPLOITATION} rule is looked at again in its transaction.
 */
@Service
public class Screenings {

    static final int MAX_NOTE = 1000;

    private final ScreeningStore store;
    private final ScreeningTools tools;
    private final EvidenceFinder evidence;
    private final EventFacts facts;
    private final ChronologyEntries entries;
    private final AuditLog auditLog;
    private final RiskAlerts alerts;
    private final ScreeningNotices notices;
    private final WorkingDays workingDays;
    private final RiskProperties properties;
    private final RiskTexts texts;
    private final Clock clock;

    Screenings(ScreeningStore store, ScreeningTools tools, EvidenceFinder evidence, EventFacts facts,
               ChronologyEntries entries, AuditLog auditLog, RiskAlerts alerts, ScreeningNotices notices,
               WorkingDays workingDays, RiskProperties properties, RiskTexts texts, Clock clock) {
        this.store = store;
        this.tools = tools;
        this.evidence = evidence;
        this.facts = facts;
        this.entries = entries;
        this.auditLog = auditLog;
        this.alerts = alerts;
        this.notices = notices;
        this.workingDays = workingDays;
        this.properties = properties;
        this.texts = texts;
        this.clock = clock;
    }

    /** What the form gives: the indicators found (code to recency band), the judgement, why, and who may read it. */
    public record Request(int toolVersion, Map<String, String> found, RiskLevel judged, String rationale,
                         Sensitivity sensitivity) {

        public Request {
            found = found == null ? Map.of() : Map.copyOf(found);
        }
    }

    /** The tool's proposal, and either the problems by field (message keys) or the screening saved. */
    public record Outcome(ToolOutcome tool, Map<String, String> problems, Screening saved) {
    }

    /** The latest screening of each child whose latest screening waits for a manager's agreement, for the managers' view. */
    public List<Screening> waitingForAgreement() {
        return store.waiting();
    }

    /** When the latest screening should be reviewed, by the review period its tool version gives its level in force. */
    public Optional<LocalDate> reviewDue(Screening latest) {
        Integer days = tools.version(latest.toolVersion()).definition().reviewWithinDays().get(latest.levelInForce());
        return Optional.ofNullable(days).map(d -> LocalDate.ofInstant(latest.screenedAt(), HubTime.ZONE).plusDays(d));
    }

    public RiskHistory history(OpenRecord record) {
        return RiskHistory.of(store.of(record.child()));
    }

    public Permission mayScreen(OpenRecord record) {
        return RiskPermissions.screen(record.viewer(), record.basis());
    }

    public Permission mayAgree(OpenRecord record, Screening s) {
        return RiskPermissions.agree(record.viewer(), record.basis(), s.screenedBy(), s.agencyId());
    }

    /** Whether the viewer reads a screening's indicators, reasons and rationale (the levels anyone with the record reads). */
    public boolean mayRead(OpenRecord record, Screening s) {
        return record.decision().mayRead(record.viewer(), s.agencyId(), s.sensitivity());
    }

    public Prefill prefill(OpenRecord record, ScreeningTool tool) {
        return evidence.find(record, tool.definition());
    }

    /** The evidence for the current tool's indicators that happened since the child's latest screening. */
    public Prefill evidenceSince(OpenRecord record, Screening latest) {
        return evidence.find(record, tools.current().definition(), latest.screenedAt());
    }

    /** The child's age in completed years today, if their date of birth is known. */
    public Optional<Integer> age(OpenRecord record) {
        return AgeRule.years(facts.datesOfBirth(List.of(record.child())).get(record.child()),
                LocalDate.now(clock.withZone(HubTime.ZONE)));
    }

    /** The problems of the indicators found (by field), or the tool's proposal for them. */
    public Map<String, String> indicatorProblems(ScreeningTool tool, Map<String, String> found) {
        boolean known = found.entrySet().stream().allMatch(e -> tool.definition().indicator(e.getKey()).isPresent()
                && tool.definition().band(e.getValue()).isPresent());
        return known ? Map.of() : Map.of("indicators", "risk.error.indicators");
    }

    public ToolOutcome propose(ScreeningTool tool, Map<String, String> found, Optional<Integer> age) {
        return ScoringRule.score(tool.definition(), found, age.orElse(null));
    }

    /** Records the screening if the actor may and it is complete; nothing is stored otherwise. */
    @Transactional
    public Outcome complete(OpenRecord record, Request request) {
        Permission permission = mayScreen(record);
        if (permission.refused()) {
            return new Outcome(null, Map.of("judgedLevel", permission.reason()), null);
        }
        store.lock(record.child());
        ScreeningTool tool = tools.version(request.toolVersion());
        Map<String, String> problems = new LinkedHashMap<>(indicatorProblems(tool, request.found()));
        if (!problems.isEmpty()) {
            return new Outcome(null, problems, null);
        }
        Optional<Integer> age = age(record);
        ToolOutcome proposal = propose(tool, request.found(), age);
        RiskLevel before = history(record).current().orElse(null);
        JudgementRule.Outcome judgement = JudgementRule.judge(proposal.level(), request.judged(), before, request.rationale());
        problems.putAll(judgement.problems());
        if (!problems.isEmpty()) {
            return new Outcome(proposal, problems, null);
        }
        Screening saved = save(record, tool, request, age.orElse(null), proposal, before, judgement.needsAgreement());
        alerts.highRisk(record.child(), history(record));
        if (saved.awaitingAgreement()) {
            notices.askAgreement(saved);
        }
        return new Outcome(proposal, Map.of(), saved);
    }

    private Screening save(OpenRecord record, ScreeningTool tool, Request request, Integer age, ToolOutcome proposal,
                           RiskLevel before, boolean needsAgreement) {
        Actor.Person by = (Actor.Person) record.viewer();
        Instant now = clock.instant();
        Prefill prefill = evidence.find(record, tool.definition());
        List<Screening.Answer> answers = request.found().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new Screening.Answer(e.getKey(), e.getValue(), Optional.ofNullable(prefill.found().get(e.getKey()))
                        .map(f -> f.evidence().stream().map(c -> c.eventId()).toList()).orElse(List.of()))).toList();
        Screening draft = new Screening(Ids.newId(), record.child(), tool.version(), by.agency().id(), by.username(),
                by.displayName(), now, age, proposal.score(), proposal.level(), proposal.reasons(), request.judged(), before,
                request.rationale().strip(), request.sensitivity() == null ? Sensitivity.STANDARD : request.sensitivity(),
                needsAgreement, needsAgreement ? workingDays.deadline(now, properties.agreementWorkingDays()) : null, null,
                answers, null);
        UUID eventId = entries.record(record.child(), by.agency().id(), ChronologyEntries.Author.practitioner(by.username()),
                NewEvent.note(now, texts.text("risk.entry.screened", by.displayName(), by.agency().name(),
                        texts.text("risk.level." + draft.judgedLevel()), draft.toolVersion(),
                        texts.text("risk.level." + draft.toolLevel()), needsAgreement ? 1 : 0))
                        .withSignificance(draft.levelInForce() == RiskLevel.HIGH ? Significance.SIGNIFICANT : Significance.ROUTINE));
        Screening saved = new Screening(draft.id(), draft.child(), draft.toolVersion(), draft.agencyId(), draft.screenedBy(),
                draft.screenedByName(), now, age, draft.toolScore(), draft.toolLevel(), draft.toolReasons(),
                draft.judgedLevel(), before, draft.rationale(), draft.sensitivity(), needsAgreement, draft.agreementDueAt(),
                eventId, answers, null);
        store.insert(saved);
        auditLog.record(by, AuditAction.RECORD_EVENT, record.child().value(), "exploitation risk screening " + saved.id());
        return saved;
    }

    /** A manager's answer to a lowering waiting for it; empty if recorded, else why not (a message key). */
    @Transactional
    public Optional<String> decide(OpenRecord record, UUID screeningId, boolean agreed, String note) {
        store.lock(record.child());
        RiskHistory history = history(record);
        Optional<Screening> screening = history.screening(screeningId);
        if (screening.isEmpty() || !screening.equals(history.latest()) || !screening.get().awaitingAgreement()) {
            return Optional.of("risk.error.notWaiting");
        }
        Permission permission = mayAgree(record, screening.get());
        if (permission.refused()) {
            return Optional.of(permission.reason());
        }
        if (note == null || note.isBlank() || note.strip().length() > MAX_NOTE) {
            return Optional.of("risk.error.agreementNote");
        }
        Actor.Person by = (Actor.Person) record.viewer();
        Screening.AgreementGiven given = screening.get().decide(agreed, by.username(), by.displayName(), clock.instant(),
                note.strip());
        store.agreement(given);
        entries.record(record.child(), by.agency().id(), ChronologyEntries.Author.practitioner(by.username()),
                NewEvent.note(given.agreement().at(), texts.text(agreed ? "risk.entry.agreed" : "risk.entry.notAgreed",
                        by.displayName(), screening.get().screenedByName())));
        auditLog.record(by, AuditAction.RECORD_EVENT, record.child().value(),
                (agreed ? "agreed" : "did not agree") + " to lower exploitation risk, screening " + screeningId);
        alerts.highRisk(record.child(), history(record));
        notices.decided(screening.get());
        return Optional.empty();
    }

    /** What has happened since the latest screening that calls for a new one (none if never screened). */
    public List<RescreenRule.Trigger> rescreen(OpenRecord record, RiskHistory history) {
        if (history.latest().isEmpty()) {
            return List.of();
        }
        ToolDefinition.Rescreen rescreen = tools.current().definition().rescreen();
        java.util.Set<EventType> types = java.util.EnumSet.of(EventType.CONTACT, EventType.MISSING_EPISODE);
        types.addAll(rescreen.types());
        return RescreenRule.triggers(rescreen, history.latest().get().screenedAt(),
                facts.of(List.of(record.child()), types, false).getOrDefault(record.child(), List.of()));
    }
}
