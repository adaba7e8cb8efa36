package org.safeguardinghub.missing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A trigger plan as typed into its form: the triggers, and rows of stages (blank rows are left out).
 * Each stage needs a name, a time into the episode (hours and minutes) no other stage has, and what
 * carers do then.
 */
public record PlanSubmission(String triggers, List<StageRow> stages) {

    public static final int ROWS = 6;
    public static final int MAX_TEXT = 2000;

    public PlanSubmission {
        stages = stages == null ? List.of() : List.copyOf(stages);
    }

    /** One row of the stages table. */
    public record StageRow(String label, String hours, String minutes, String actions, String whoIsCalled,
                           boolean tellPolice, boolean strategyMeeting) {

        public static StageRow empty() {
            return new StageRow(null, null, null, null, null, false, false);
        }

        public static StageRow of(TriggerPlan.Stage s) {
            return new StageRow(s.label(), String.valueOf(s.after().toHours()), String.valueOf(s.after().toMinutesPart()),
                    s.actions(), s.whoIsCalled(), s.tellPolice(), s.strategyMeeting());
        }

        boolean isBlank() {
            return PlanSubmission.blank(label) && PlanSubmission.blank(hours) && PlanSubmission.blank(minutes)
                    && PlanSubmission.blank(actions) && PlanSubmission.blank(whoIsCalled);
        }
    }

    /** The form for a plan: its stages, then blank rows up to {@link #ROWS}. */
    public static PlanSubmission of(TriggerPlan plan) {
        List<StageRow> rows = new ArrayList<>();
        if (plan != null) {
            plan.stages().forEach(s -> rows.add(StageRow.of(s)));
        }
        while (rows.size() < ROWS) {
            rows.add(StageRow.empty());
        }
        return new PlanSubmission(plan == null ? null : plan.triggers(), rows);
    }

    /** Problems by field (message keys; a stage's fields are {@code stage-<row>-<field>}). */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (triggers != null && triggers.length() > MAX_TEXT) {
            problems.put("triggers", "missing.error.tooLong");
        }
        Set<Duration> times = new HashSet<>();
        for (int i = 0; i < stages.size(); i++) {
            StageRow row = stages.get(i);
            if (row.isBlank()) {
                continue;
            }
            String at = "stage-" + i + "-";
            if (blank(row.label()) || row.label().length() > 100) {
                problems.put(at + "label", "missing.error.stageLabel");
            }
            Duration after = after(row);
            if (after == null) {
                problems.put(at + "hours", "missing.error.stageAfter");
            } else if (!times.add(after)) {
                problems.put(at + "hours", "missing.error.stageTwice");
            }
            if (blank(row.actions()) || row.actions().length() > MAX_TEXT) {
                problems.put(at + "actions", "missing.error.stageActions");
            }
            if (row.whoIsCalled() != null && row.whoIsCalled().length() > MAX_TEXT) {
                problems.put(at + "whoIsCalled", "missing.error.tooLong");
            }
        }
        if (stages.stream().allMatch(StageRow::isBlank)) {
            problems.put("stage-0-label", "missing.error.noStages");
        }
        return problems;
    }

    /** The stages given, in the order of their times. */
    public List<TriggerPlan.Stage> plannedStages() {
        return stages.stream().filter(r -> !r.isBlank()).map(r -> new TriggerPlan.Stage(r.label().strip(), after(r),
                r.actions().strip(), blank(r.whoIsCalled()) ? null : r.whoIsCalled().strip(), r.tellPolice(),
                r.strategyMeeting())).toList();
    }

    /** Hours and minutes into the episode (either may be blank for zero), or null if not a time. */
    static Duration after(StageRow row) {
        if (blank(row.hours()) && blank(row.minutes())) {
            return null;
        }
        try {
            int hours = blank(row.hours()) ? 0 : Integer.parseInt(row.hours().strip());
            int minutes = blank(row.minutes()) ? 0 : Integer.parseInt(row.minutes().strip());
            boolean fits = hours >= 0 && hours <= 24 * 14 && minutes >= 0 && minutes < 60;
            return fits ? Duration.ofHours(hours).plusMinutes(minutes) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
