package org.safeguardinghub.missing;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.safeguardinghub.chronology.ChildId;

/**
 * A child's missing trigger plan, as saved (each save a new version): the triggers known to lead
 * to the child going missing, and what carers do at each stage of an episode — who they call, when
 * the police are told, when a strategy meeting is convened. "The Local Authority [should consider]
 * the development of 'trigger plans' when working with children at high risk of CSE to manage the
 * missing episodes and potential placement breakdown" (seeds 003_… LP36).
 */
public record TriggerPlan(UUID id, ChildId child, int version, String triggers, List<Stage> stages, String recordedBy,
                          Instant recordedAt) {

    public TriggerPlan {
        stages = stages.stream().sorted(Comparator.comparing(Stage::after)).toList();
    }

    /**
     * One stage: from {@code after} into an episode (e.g. 30 minutes, 2 hours, overnight), what carers
     * do, whom they call, and whether the police are told and a strategy meeting convened by then.
     */
    public record Stage(String label, Duration after, String actions, String whoIsCalled, boolean tellPolice,
                        boolean strategyMeeting) {
    }
}
