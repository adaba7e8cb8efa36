package org.safeguardinghub.missing.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.safeguardinghub.access.Agencies;
import org.safeguardinghub.access.Agency;
import org.safeguardinghub.access.Permission;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.missing.Episode;
import org.safeguardinghub.missing.Episodes;
import org.safeguardinghub.missing.ReturnInterview;
import org.safeguardinghub.missing.ReturnInterviews;
import org.safeguardinghub.missing.internal.MissingTotals;
import org.safeguardinghub.missing.internal.MissingViews;
import org.safeguardinghub.missing.internal.Placements;
import org.safeguardinghub.missing.internal.ReturnInterviewClock;
import org.springframework.stereotype.Component;

/**
 * What the child's missing parts of the page show, for a record already opened: the episodes as the
 * viewer may see them, each with its return-interview clock and interviews, the chart and totals,
 * and the placement's two areas.
 */
@Component
class MissingPage {

    private final Episodes episodes;
    private final ReturnInterviews interviews;
    private final Placements placements;
    private final Agencies agencies;
    private final Clock clock;

    MissingPage(Episodes episodes, ReturnInterviews interviews, Placements placements, Agencies agencies, Clock clock) {
        this.episodes = episodes;
        this.interviews = interviews;
        this.placements = placements;
        this.agencies = agencies;
        this.clock = clock;
    }

    /** One interview as the viewer sees it: what was said only where they may read it. */
    record InterviewRow(ReturnInterview interview, boolean readable) {
    }

    /** One episode's row: the episode as seen, its length, its interview clock and interviews, and whether the viewer may record its interview. */
    record EpisodeRow(MissingViews.EpisodeView view, Duration length, ReturnInterviewClock.Reading clock,
                      List<InterviewRow> interviews, Permission mayInterview) {
    }

    /** The child's episodes, newest first, as the viewer sees them. */
    List<EpisodeRow> rows(OpenRecord record) {
        Instant now = clock.instant();
        List<Episode> all = episodes.of(record);
        List<ReturnInterview> offered = interviews.of(record);
        Map<UUID, Episode> byId = new HashMap<>();
        all.forEach(e -> byId.put(e.id(), e));
        return MissingViews.of(record, all).stream().sorted(Comparator.comparing(MissingViews.EpisodeView::shownAt).reversed())
                .map(view -> {
                    Episode whole = byId.get(view.id());
                    List<InterviewRow> rows = interviews.forEpisode(whole, offered).stream()
                            .map(i -> new InterviewRow(i, MissingViews.readsInterview(record, i))).toList();
                    return new EpisodeRow(view, view.restricted() ? null : view.episode().duration(now),
                            interviews.clock(whole, offered), rows, interviews.mayRecord(record, whole));
                }).toList();
    }

    EpisodeChart.Layout chart(List<EpisodeRow> rows, Locale locale) {
        List<EpisodeChart.Drawn> drawn = rows.stream().filter(r -> !r.view().restricted())
                .sorted(Comparator.comparing(r -> r.view().shownAt()))
                .map(r -> new EpisodeChart.Drawn(r.view().episode().startedAt(),
                        r.view().episode().ongoing() ? null : r.length(), r.view().episode().mainSetting().orElse(null)))
                .toList();
        return EpisodeChart.layout(drawn, clock.instant(), locale);
    }

    MissingTotals totals(List<EpisodeRow> rows) {
        return MissingTotals.of(rows.stream().filter(r -> !r.view().restricted())
                .map(r -> new MissingTotals.Counted(r.view().episode().startedAt(), r.length())).toList(), clock.instant());
    }

    /** The live episode as the viewer sees it, if there is one they may see. */
    Optional<MissingViews.EpisodeView> live(OpenRecord record) {
        return episodes.live(record).flatMap(e -> MissingViews.of(record, List.of(e)).stream().findFirst())
                .filter(v -> !v.restricted() && v.episode().ongoing());
    }

    Map<String, Object> placement(OpenRecord record) {
        var placement = placements.of(record.child());
        return Map.of("placement", placement, "outOfArea", placement.outOfArea());
    }

    /** Agencies by id, for names on the page. */
    Map<UUID, Agency> agencies() {
        Map<UUID, Agency> byId = new HashMap<>();
        agencies.all().forEach(a -> byId.put(a.id(), a));
        return byId;
    }

    Instant now() {
        return clock.instant();
    }
}
