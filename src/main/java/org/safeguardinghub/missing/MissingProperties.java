package org.safeguardinghub.missing;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the missing module. The first five are the numbers of the contract's alert table
 * (spec/event-feed.md, "Alert codes"), whose defaults are part of the contract.
 *
 * @param returnInterviewHours a return interview is offered within this many hours of the return
 *                             ({@code RETURN_INTERVIEW_OVERDUE} after that)
 * @param trendEpisodes        {@code MISSING_TREND}: this many episodes ...
 * @param trendDays            ... within this many days
 * @param longEpisodeHours     {@code MISSING_TREND}: any episode longer than this many hours
 * @param risingEpisodes       {@code MISSING_TREND}: each of the last this many episodes longer than the one before
 * @param openReportsLast      how long a report with no end is taken to last when matching it with
 *                             other reports of the same episode (an episode loaded as history with
 *                             no end must not swallow the episodes after it)
 * @param newEpisodesWithin    an episode sent through the feed tells the placing social worker and the
 *                             police only if it began this recently; older ones are history a partner is loading
 * @param sharedAfterReturn    how long after the return the police forces told of an episode keep sight of it
 * @param notAPattern          what the patterns table does not count as a place or an associate
 *                             ("alone", "not known"), compared without regard to case
 */
@ConfigurationProperties("safeguarding.missing")
public record MissingProperties(@DefaultValue("72") int returnInterviewHours,
                                @DefaultValue("3") int trendEpisodes,
                                @DefaultValue("90") int trendDays,
                                @DefaultValue("24") int longEpisodeHours,
                                @DefaultValue("3") int risingEpisodes,
                                @DefaultValue("P7D") Duration openReportsLast,
                                @DefaultValue("P7D") Duration newEpisodesWithin,
                                @DefaultValue("P3D") Duration sharedAfterReturn,
                                @DefaultValue({"alone", "not known", "unknown", "none", "no one"}) List<String> notAPattern) {

    public MissingProperties {
        check(returnInterviewHours, 1, 720, "return-interview-hours");
        check(trendEpisodes, 1, 50, "trend-episodes");
        check(trendDays, 1, 3650, "trend-days");
        check(longEpisodeHours, 1, 720, "long-episode-hours");
        check(risingEpisodes, 2, 20, "rising-episodes");
        if (openReportsLast.isNegative() || newEpisodesWithin.isNegative() || sharedAfterReturn.isNegative()) {
            throw new IllegalArgumentException("safeguarding.missing durations must not be negative");
        }
        notAPattern = notAPattern.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
    }

    /** The contract's defaults, for rules and tests. */
    public static MissingProperties defaults() {
        return new MissingProperties(72, 3, 90, 24, 3, Duration.ofDays(7), Duration.ofDays(7), Duration.ofDays(3),
                List.of("alone", "not known", "unknown", "none", "no one"));
    }

    public Duration returnInterviewWithin() {
        return Duration.ofHours(returnInterviewHours);
    }

    private static void check(int value, int min, int max, String name) {
        if (value < min || value > max) {
            throw new IllegalArgumentException("safeguarding.missing." + name + " must be from " + min + " to " + max);
        }
    }
}
