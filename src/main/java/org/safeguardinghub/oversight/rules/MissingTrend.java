package org.safeguardinghub.oversight.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.safeguardinghub.alerts.AlertCode;
import org.safeguardinghub.chronology.EventFact;
import org.safeguardinghub.chronology.EventType;

/**
 * {@code MISSING_TREND}: 3 or more missing episodes within 90 days, or any episode over 24 hours,
 * or each of the last 3 episodes longer than the one before. "Missing episodes … lengthened in
 * frequency and intensity" (seeds 001) with nobody treating the trend as a trigger (003 §66).
 * Durations are known only for episodes that have ended.
 */
public final class MissingTrend implements AlertRule {

    @Override
    public AlertCode code() {
        return AlertCode.MISSING_TREND;
    }

    @Override
    public Set<EventType> watches() {
        return Set.of(EventType.MISSING_EPISODE);
    }

    @Override
    public Evaluation evaluate(ChildFacts facts, RuleSettings settings, Instant now) {
        List<EventFact> episodes = facts.ofType(EventType.MISSING_EPISODE);
        Set<EventFact> evidence = new LinkedHashSet<>();
        List<Finding.Reason> reasons = new ArrayList<>();

        int days = settings.get(RuleParameter.MISSING_DAYS);
        Windows.Result frequent = Windows.ofCount(episodes, settings.get(RuleParameter.MISSING_COUNT), Windows.days(days));
        if (frequent.met()) {
            evidence.addAll(frequent.events());
            reasons.add(Finding.Reason.of("MISSING_TREND.frequent", frequent.most(), days));
        }

        List<EventFact> ended = episodes.stream().filter(e -> e.endedAt() != null).toList();
        Duration limit = Duration.ofHours(settings.get(RuleParameter.MISSING_LONG_HOURS));
        List<EventFact> overLong = ended.stream().filter(e -> duration(e).compareTo(limit) > 0).toList();
        if (!overLong.isEmpty()) {
            evidence.addAll(overLong);
            long longest = overLong.stream().mapToLong(e -> duration(e).toHours()).max().orElse(0);
            reasons.add(Finding.Reason.of("MISSING_TREND.long", limit.toHours(), longest));
        }

        int rising = settings.get(RuleParameter.MISSING_RISING_EPISODES);
        if (ended.size() >= rising) {
            List<EventFact> last = ended.subList(ended.size() - rising, ended.size());
            if (eachLongerThanTheOneBefore(last)) {
                evidence.addAll(last);
                reasons.add(Finding.Reason.of("MISSING_TREND.rising", rising));
            }
        }
        return reasons.isEmpty() ? Evaluation.notMet() : Evaluation.met(Finding.of(code(), reasons, evidence));
    }

    static boolean eachLongerThanTheOneBefore(List<EventFact> episodes) {
        for (int i = 1; i < episodes.size(); i++) {
            if (duration(episodes.get(i)).compareTo(duration(episodes.get(i - 1))) <= 0) {
                return false;
            }
        }
        return true;
    }

    static Duration duration(EventFact episode) {
        return Duration.between(episode.occurredAt(), episode.endedAt());
    }
}
