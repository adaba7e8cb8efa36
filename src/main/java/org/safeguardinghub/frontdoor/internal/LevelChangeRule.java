package org.safeguardinghub.frontdoor.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A case's level of need changes only by a recorded decision (seeds 002: "a failure to 'step the
 * case up' to a child protection level when the opportunity arose"). Stepping up must raise the
 * level; stepping down must lower it; stepping down or closing needs a multi-agency review first,
 * naming the agencies consulted, so no agency's view is lost when support is reduced. Every change
 * needs its rationale. Returns the problems by field, as message keys; none means allowed.
 */
public final class LevelChangeRule {

    public enum Kind { DECISION, STEP_UP, STEP_DOWN, CLOSURE }

    /** A proposed change: from the current level (null if none yet) to a level (null for closure). */
    public record Proposal(Kind kind, Integer from, Integer to, String rationale, boolean reviewHeld,
                           Set<UUID> agenciesConsulted) {
    }

    private LevelChangeRule() {
    }

    public static Map<String, String> problems(Proposal p, Set<Integer> levels) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (p.kind() == null || p.kind() == Kind.DECISION) {
            problems.put("kind", "level.error.kind");
            return problems;
        }
        if (p.kind() == Kind.CLOSURE) {
            if (p.from() == null) {
                problems.put("kind", "level.error.nothingToClose");
            }
        } else if (p.to() == null || !levels.contains(p.to())) {
            problems.put("to", "level.error.to");
        } else if (p.kind() == Kind.STEP_UP && p.from() != null && p.to() <= p.from()) {
            problems.put("to", "level.error.notUp");
        } else if (p.kind() == Kind.STEP_DOWN && (p.from() == null || p.to() >= p.from())) {
            problems.put("to", "level.error.notDown");
        }
        if (p.rationale() == null || p.rationale().isBlank()) {
            problems.put("rationale", "level.error.rationale");
        }
        if (p.kind() == Kind.STEP_DOWN || p.kind() == Kind.CLOSURE) {
            if (!p.reviewHeld()) {
                problems.put("reviewHeld", "level.error.review");
            }
            if (p.agenciesConsulted().isEmpty()) {
                problems.put("agenciesConsulted", "level.error.agencies");
            }
        }
        return problems;
    }
}
