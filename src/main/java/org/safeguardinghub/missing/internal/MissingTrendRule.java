package org.safeguardinghub.missing.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.safeguardinghub.missing.Episode;
import org.safeguardinghub.missing.MissingProperties;
import org.safeguardinghub.shared.HubTime;

/**
 * {@code MISSING_TREND} (contract defaults): 3 or more episodes within 90 days, or any episode over
 * 24 hours, or each of the last 3 episodes longer than the one before. Child O's "multiple missing
 * from home episodes … lengthened in frequency and intensity" (seeds 001_…) and Child Q's 39
 * episodes (003_… §66) went on with nobody treating the trend as a trigger. Counted over episodes
 * as merged, so the home's and the police's report of one night are one episode, not two. Windows are
 * days in England between the episodes' starts; durations are known only for ended episodes. Plain Java.
 */
public final class MissingTrendRule {

    private MissingTrendRule() {
    }

    public static RuleOutcome evaluate(List<Episode> episodes, MissingProperties settings) {
        List<Episode> sorted = episodes.stream().sorted(Comparator.comparing(Episode::startedAt)
                .thenComparing(e -> e.id().toString())).toList();
        Set<Episode> evidence = new LinkedHashSet<>();
        List<RuleOutcome.Reason> reasons = new ArrayList<>();

        Frequent frequent = frequent(sorted, settings.trendEpisodes(), settings.trendDays());
        if (!frequent.episodes().isEmpty()) {
            evidence.addAll(frequent.episodes());
            reasons.add(RuleOutcome.Reason.of("MISSING_TREND.frequent", frequent.most(), settings.trendDays()));
        }
        List<Episode> ended = sorted.stream().filter(e -> !e.ongoing()).toList();
        Duration limit = Duration.ofHours(settings.longEpisodeHours());
        List<Episode> overLong = ended.stream().filter(e -> length(e).compareTo(limit) > 0).toList();
        if (!overLong.isEmpty()) {
            evidence.addAll(overLong);
            long longest = overLong.stream().mapToLong(e -> length(e).toHours()).max().orElse(0);
            reasons.add(RuleOutcome.Reason.of("MISSING_TREND.long", limit.toHours(), longest));
        }
        int rising = settings.risingEpisodes();
        if (ended.size() >= rising) {
            List<Episode> last = ended.subList(ended.size() - rising, ended.size());
            if (eachLongerThanTheOneBefore(last)) {
                evidence.addAll(last);
                reasons.add(RuleOutcome.Reason.of("MISSING_TREND.rising", rising));
            }
        }
        return reasons.isEmpty() ? RuleOutcome.notMet(Optional.empty())
                : RuleOutcome.met(reasons, evidence, Optional.empty());
    }

    /** The episodes in some window of {@code days} holding at least {@code count}, and the most any window holds. */
    record Frequent(Set<Episode> episodes, int most) {
    }

    static Frequent frequent(List<Episode> sorted, int count, int days) {
        Set<Episode> met = new LinkedHashSet<>();
        int most = 0;
        int end = 0;
        for (int start = 0; start < sorted.size(); start++) {
            Instant last = sorted.get(start).startedAt().atZone(HubTime.ZONE).plusDays(days).toInstant();
            end = Math.max(end, start);
            while (end + 1 < sorted.size() && !sorted.get(end + 1).startedAt().isAfter(last)) {
                end++;
            }
            int size = end - start + 1;
            if (size >= count) {
                met.addAll(sorted.subList(start, end + 1));
                most = Math.max(most, size);
            }
        }
        return new Frequent(met, most);
    }

    static boolean eachLongerThanTheOneBefore(List<Episode> episodes) {
        for (int i = 1; i < episodes.size(); i++) {
            if (length(episodes.get(i)).compareTo(length(episodes.get(i - 1))) <= 0) {
                return false;
            }
        }
        return true;
    }

    private static Duration length(Episode ended) {
        return Duration.between(ended.startedAt(), ended.endedAt());
    }
}
