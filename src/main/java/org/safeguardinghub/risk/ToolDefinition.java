package org.safeguardinghub.risk;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.safeguardinghub.chronology.EventType;

/**
 * What a version of the screening tool says, as data an administrator publishes: indicators grouped
 * by theme, each with a weight and the chronology events that may evidence it; recency bands (an
 * indicator seen now weighs more than one seen months ago); thresholds from score to level; and
 * overrides that keep a level from going below a floor (a child under 13, or with a learning
 * disability, is never rated low once any exploitation indicator is present; any disclosure is high:
 * seeds 001, "risks in children under the age of 13 are better recognised"). Tools in use differ and
 * none has been validated, so none of this is code. Checked by {@code internal/ToolDefinitionRule}.
 *
 * @param reviewWithinDays how soon a screening at each level should be reviewed
 */
public record ToolDefinition(List<Theme> themes, List<Indicator> indicators, List<RecencyBand> recency,
                             Thresholds thresholds, List<LevelOverride> overrides, Rescreen rescreen,
                             Map<RiskLevel, Integer> reviewWithinDays) {

    public ToolDefinition {
        themes = themes == null ? List.of() : List.copyOf(themes);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        recency = recency == null ? List.of() : List.copyOf(recency);
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
        reviewWithinDays = reviewWithinDays == null ? Map.of() : Map.copyOf(reviewWithinDays);
    }

    /** A group of indicators (missing, sexual health, online contact…). */
    public record Theme(String code, String name) {
    }

    /**
     * One indicator: its words, its weight, whether it is itself a sign of exploitation (rather than a
     * vulnerability that raises the risk), and which events in the chronology may evidence it.
     */
    public record Indicator(String code, String theme, String text, int weight, boolean exploitation,
                            List<Evidence> evidence) {

        public Indicator {
            evidence = evidence == null ? List.of() : List.copyOf(evidence);
        }
    }

    /** Events of this type (a contact only with this category, if given) within so many days evidence an indicator. */
    public record Evidence(EventType type, String category, int withinDays) {
    }

    /**
     * When an indicator was last seen: within {@code withinMonths} months (null: any time before),
     * counted at {@code percent} of its weight.
     */
    public record RecencyBand(String code, String label, Integer withinMonths, int percent) {
    }

    /** The score (in weight points) from which the tool proposes each level. */
    public record Thresholds(int medium, int high) {
    }

    /**
     * The tool never proposes less than {@code atLeast} when the child is under {@code underAge}
     * (if given), the indicator {@code indicator} is present (if given) and, if
     * {@code needsExploitationIndicator}, any exploitation indicator is present.
     */
    public record LevelOverride(String code, Integer underAge, String indicator, boolean needsExploitationIndicator,
                                RiskLevel atLeast) {
    }

    /**
     * What arriving in the chronology after a screening prompts a new one: events of these types,
     * contacts with these categories, and missing episodes rising (so many within so many days, or
     * one longer than so many hours: the contract's {@code MISSING_TREND} at its defaults).
     */
    public record Rescreen(Set<EventType> types, Set<String> contactCategories, int missingEpisodes,
                           int missingWithinDays, int missingLongerThanHours) {

        public Rescreen {
            types = types == null ? Set.of() : Set.copyOf(types);
            contactCategories = contactCategories == null ? Set.of() : Set.copyOf(contactCategories);
        }
    }

    public Optional<Indicator> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    public Optional<RecencyBand> band(String code) {
        return recency.stream().filter(b -> b.code().equals(code)).findFirst();
    }

    public List<Indicator> indicatorsOf(Theme theme) {
        return indicators.stream().filter(i -> i.theme().equals(theme.code())).toList();
    }

    public Optional<Theme> theme(String code) {
        return themes.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** The bands from the most recent to the oldest (the open-ended one last). */
    public List<RecencyBand> bandsByRecency() {
        return recency.stream().sorted(Comparator.comparing(RecencyBand::withinMonths,
                Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }
}
