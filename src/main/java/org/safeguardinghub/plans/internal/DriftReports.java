package org.safeguardinghub.plans.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.safeguardinghub.alerts.AlertCode;
import org.safeguardinghub.alerts.AlertRuleEvaluated;
import org.safeguardinghub.alerts.AlertRulesEvaluated;
import org.safeguardinghub.calendar.WorkingDayCalendar;
import org.safeguardinghub.calendar.WorkingDays;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.plans.PlansProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts {@link DriftRule} to the oversight engine for children: on every change to a child's plans
 * (in the transaction of the change) and when a plan reaches the day it could begin to drift (the
 * {@link DriftJob}). Oversight is told ({@link AlertRuleEvaluated}) only when what the rule finds
 * differs from what it was last told, so a job that looks again and finds the same says nothing.
 */
@Component
public class DriftReports {

    /** A plan's reason as kept for the managers' view. */
    public record StoredReason(DriftRule.Kind kind, UUID about, String since, long days) {
    }

    private final DriftStore store;
    private final WorkingDays workingDays;
    private final DriftRule.Settings settings;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    DriftReports(DriftStore store, WorkingDays workingDays, PlansProperties properties, ApplicationEventPublisher events,
                 JsonMapper json, Clock clock) {
        this.store = store;
        this.workingDays = workingDays;
        this.settings = new DriftRule.Settings(properties.actionOverdueWorkingDays(), properties.noProgressWorkingDays());
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    public DriftRule.Settings settings() {
        return settings;
    }

    /** What the drift rules find of each of the child's open plans today (for pages; nothing is told or kept). */
    public Map<UUID, DriftRule.Drift> current(ChildId child) {
        LocalDate today = LocalDate.now(clock);
        WorkingDayCalendar calendar = workingDays.calendar();
        Map<UUID, DriftRule.Drift> drifts = new LinkedHashMap<>();
        store.openPlans(List.of(child)).getOrDefault(child, List.of())
                .forEach(p -> drifts.put(p.planId(), DriftRule.evaluate(p, today, calendar, settings)));
        return drifts;
    }

    /** After a change to the child's plans, in its transaction. */
    public void reconcile(ChildId child) {
        store.lock(child);
        evaluate(List.of(child));
    }

    /**
     * Evaluates these children (whose drift state the caller holds) and tells oversight what changed,
     * all of it at once ({@link AlertRulesEvaluated}): the job's chunk of a thousand children costs
     * oversight a few statements, not a few per child. A child whose finding is what oversight was
     * last told is not mentioned at all.
     */
    public void evaluate(List<ChildId> children) {
        if (children.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        WorkingDayCalendar calendar = workingDays.calendar();
        Map<ChildId, List<DriftRule.PlanFacts>> plans = store.openPlans(children);
        Map<ChildId, DriftStore.Told> told = store.told(children);
        Map<UUID, String> kept = store.keptReasons(plans.values().stream().flatMap(List::stream)
                .map(DriftRule.PlanFacts::planId).toList());
        List<DriftStore.Found> found = new ArrayList<>();
        List<AlertRuleEvaluated> changed = new ArrayList<>();
        for (ChildId child : children) {
            List<DriftRule.Drift> drifts = plans.getOrDefault(child, List.of()).stream()
                    .map(p -> DriftRule.evaluate(p, today, calendar, settings)).toList();
            DriftSummary summary = DriftSummary.of(drifts, settings);
            DriftStore.Told now = new DriftStore.Told(summary.met(), summary.evidence(), summary.key());
            if (!now.equals(told.get(child))) {
                changed.add(evaluated(child, summary, drifts));
            }
            found.add(new DriftStore.Found(child, drifts.stream().map(DriftRule.Drift::nextCheckOn).flatMap(Optional::stream)
                    .min(LocalDate::compareTo).orElse(null), now, changedReasons(drifts, kept)));
        }
        if (!changed.isEmpty()) {
            events.publishEvent(new AlertRulesEvaluated(changed));
        }
        store.save(found, clock.instant());
    }

    private static AlertRuleEvaluated evaluated(ChildId child, DriftSummary summary, List<DriftRule.Drift> drifts) {
        if (!summary.met()) {
            return AlertRuleEvaluated.notMet(child, AlertCode.PLAN_DRIFT);
        }
        return new AlertRuleEvaluated(child, AlertCode.PLAN_DRIFT, Optional.of(new AlertRuleEvaluated.Met(
                DriftSummary.REASON, summary.args(), summary.evidence(), summary.agencies())),
                DriftRecipients.of(drifts.stream().flatMap(d -> d.reasons().stream()).toList()).keySet());
    }

    /**
     * The plans whose reasons differ from those kept, with their reasons as JSON: a plan found as it
     * was last time is left alone (no JSON written, no row touched), so a job that looks again and
     * finds the same costs reading and deciding only.
     */
    private Map<UUID, String> changedReasons(List<DriftRule.Drift> drifts, Map<UUID, String> kept) {
        Map<UUID, String> byPlan = new LinkedHashMap<>();
        for (DriftRule.Drift drift : drifts) {
            List<StoredReason> now = drift.reasons().stream()
                    .map(r -> new StoredReason(r.kind(), r.about(), r.since() == null ? null : r.since().toString(), r.days()))
                    .toList();
            String before = kept.get(drift.planId());
            if (before == null || !read(before).equals(now)) {
                byPlan.put(drift.planId(), json.writeValueAsString(now));
            }
        }
        return byPlan;
    }

    /** A plan's reasons as kept by {@link #evaluate}. */
    public List<StoredReason> read(String stored) {
        return List.of(json.readValue(stored, StoredReason[].class));
    }
}
