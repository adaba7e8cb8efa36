package org.safeguardinghub.missing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.missing.MissingFrom;

/** The chart's geometry: bars as long as the episodes, counts per month by setting, and the trend of the lengths. */
class EpisodeChartTest {

    static final Instant T0 = Instant.parse("2026-01-05T20:00:00Z");
    static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    static List<EpisodeChart.Drawn> monthly(MissingFrom from, long... hours) {
        List<EpisodeChart.Drawn> drawn = new ArrayList<>();
        for (int i = 0; i < hours.length; i++) {
            drawn.add(new EpisodeChart.Drawn(T0.plus(Duration.ofDays(30L * i)), Duration.ofHours(hours[i]), from));
        }
        return drawn;
    }

    @Test
    void episodesThatLengthenAreDrawnRisingWithALineThatRises() {
        EpisodeChart.Layout chart = EpisodeChart.layout(monthly(MissingFrom.CARE, 2, 5, 9, 20, 30), NOW, Locale.UK);
        assertThat(chart.trend()).isEqualTo(EpisodeChart.Trend.LENGTHENING);
        assertThat(chart.bars()).extracting(EpisodeChart.Bar::height).isSorted().doesNotHaveDuplicates();
        assertThat(chart.bars()).extracting(EpisodeChart.Bar::minutes).containsExactly(120L, 300L, 540L, 1200L, 1800L);
        assertThat(chart.trendY2()).as("SVG y grows downwards: a rising line ends higher up").isLessThan(chart.trendY1());
        assertThat(chart.bars()).allSatisfy(b -> assertThat(b.colour()).isEqualTo(EpisodeChart.colour(MissingFrom.CARE)));
    }

    @Test
    void levelShorteningAndTooFewAreToldApart() {
        assertThat(EpisodeChart.layout(monthly(MissingFrom.HOME, 5, 5, 5), NOW, Locale.UK).trend()).isEqualTo(EpisodeChart.Trend.LEVEL);
        assertThat(EpisodeChart.layout(monthly(MissingFrom.HOME, 20, 9, 2), NOW, Locale.UK).trend())
                .isEqualTo(EpisodeChart.Trend.SHORTENING);
        assertThat(EpisodeChart.layout(monthly(MissingFrom.HOME, 20), NOW, Locale.UK).trend()).isEqualTo(EpisodeChart.Trend.TOO_FEW);
    }

    @Test
    void eachMonthCountsItsEpisodesBySettingAndAnOngoingEpisodeRunsToNow() {
        List<EpisodeChart.Drawn> drawn = new ArrayList<>(List.of(
                new EpisodeChart.Drawn(T0, Duration.ofHours(1), MissingFrom.HOME),
                new EpisodeChart.Drawn(T0.plus(Duration.ofDays(2)), Duration.ofHours(1), MissingFrom.EDUCATION),
                new EpisodeChart.Drawn(T0.plus(Duration.ofDays(3)), Duration.ofHours(1), MissingFrom.HOME),
                new EpisodeChart.Drawn(NOW.minus(Duration.ofHours(3)), null, null)));
        EpisodeChart.Layout chart = EpisodeChart.layout(drawn, NOW, Locale.UK);
        assertThat(chart.maxCount()).isEqualTo(3);
        assertThat(chart.blocks()).filteredOn(b -> b.month().startsWith("Jan")).extracting(EpisodeChart.Block::from,
                EpisodeChart.Block::count).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(MissingFrom.HOME, 2), org.assertj.core.groups.Tuple.tuple(MissingFrom.EDUCATION, 1));
        EpisodeChart.Bar ongoing = chart.bars().getLast();
        assertThat(ongoing.ongoing()).isTrue();
        assertThat(ongoing.minutes()).isEqualTo(180);
    }
}
