package org.safeguardinghub.missing.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.safeguardinghub.alerts.AlertCode;
import org.safeguardinghub.alerts.AlertRuleEvaluated;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.missing.Episode;
import org.safeguardinghub.missing.MissingProperties;
import org.safeguardinghub.missing.ReturnInterview;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Puts {@link MissingTrendRule} and {@link ReturnInterviewOverdueRule} to oversight over each
 * child's merged episodes, in the transaction that changed them (ADR 0025): this module is the one
 * evaluator of {@code MISSING_TREND} and {@code RETURN_INTERVIEW_OVERDUE}, whichever way the episodes
 * came. What it last reported is kept, so a batch of the feed reports only what changed.
 */
@Component
public class MissingAlerts {

    private final EpisodeBook book;
    private final InterviewStore interviews;
    private final AlertReportStore reported;
    private final ApplicationEventPublisher events;
    private final MissingProperties settings;
    private final Clock clock;

    MissingAlerts(EpisodeBook book, InterviewStore interviews, AlertReportStore reported, ApplicationEventPublisher events,
                  MissingProperties settings, Clock clock) {
        this.book = book;
        this.interviews = interviews;
        this.reported = reported;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Evaluates both rules for these children and reports what changed since the last report. With
     * {@code always}, reports every outcome whatever was reported before (the deadline job does, so
     * alerts the chronology rules raised before this module took the two codes over are brought in
     * line as their children are looked at).
     */
    public void reconcile(Collection<ChildId> children, boolean always) {
        reconcile(book.read(children), children, always);
    }

    /** @param episodes the children's current episodes (a child with none may be left out) */
    public void reconcile(Map<ChildId, List<Episode>> episodes, Collection<ChildId> children, boolean always) {
        if (children.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Map<ChildId, List<ReturnInterview>> offered = interviews.current(children);
        Map<ChildId, Map<AlertCode, AlertReportStore.Sent>> sent = reported.of(children);
        for (ChildId child : children.stream().distinct().toList()) {
            List<Episode> known = episodes.getOrDefault(child, List.of());
            Map<AlertCode, AlertReportStore.Sent> before = sent.getOrDefault(child, Map.of());
            report(child, AlertCode.MISSING_TREND, MissingTrendRule.evaluate(known, settings), before.get(
                    AlertCode.MISSING_TREND), always);
            report(child, AlertCode.RETURN_INTERVIEW_OVERDUE, ReturnInterviewOverdueRule.evaluate(known,
                    offered.getOrDefault(child, List.of()), settings.returnInterviewWithin(), now),
                    before.get(AlertCode.RETURN_INTERVIEW_OVERDUE), always);
        }
    }

    /** A rule not met for a child never reported met needs no report: this module has no alert of it to withdraw. */
    private void report(ChildId child, AlertCode code, RuleOutcome outcome, AlertReportStore.Sent before, boolean always) {
        AlertReportStore.Sent now = new AlertReportStore.Sent(outcome.met(), outcome.evidence(),
                outcome.reasons().toString());
        if (!always && (now.equals(before) || !outcome.met() && before == null)) {
            return;
        }
        events.publishEvent(new AlertRuleEvaluated(child, code, outcome.met() ? Optional.of(met(outcome)) : Optional.empty(),
                Set.of()));
        reported.record(child, code, now);
    }

    private static AlertRuleEvaluated.Met met(RuleOutcome outcome) {
        RuleOutcome.Reason first = outcome.reasons().getFirst();
        return new AlertRuleEvaluated.Met(first.key(), first.args(), outcome.evidence(), outcome.agencies(),
                outcome.reasons().stream().skip(1).map(r -> new AlertRuleEvaluated.Reason(r.key(), r.args())).toList(),
                outcome.restricted());
    }
}
