package org.safeguardinghub.missing.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.missing.Episode;
import org.safeguardinghub.missing.Report;
import org.safeguardinghub.missing.ReturnInterview;

/**
 * A child's episodes as one viewer may see them ({@link MissingReading}): an episode is drawn from
 * the reports the viewer reads, so nothing of a report they may not read shows in its times or
 * details; a report they may not read is "a restricted report from an agency, on a date; ask its
 * owner"; an episode of nothing but such reports is shown as restricted; a viewer who sees only their
 * agency's own entries sees only episodes their agency reported. Plain Java.
 */
public final class MissingViews {

    /** One report as the viewer sees it: the report, or only whose it is and when (restricted). */
    public record ReportView(Report report, UUID agencyId, Instant startedAt, boolean restricted,
                             boolean disclosuresReadable) {
    }

    /**
     * One episode as the viewer sees it: drawn from the reports they read ({@code episode} null when
     * they read none), and every report they are shown.
     */
    public record EpisodeView(UUID id, Episode episode, List<ReportView> reports, Instant shownAt) {

        public boolean restricted() {
            return episode == null;
        }

        /** The agency to ask about a restricted episode: the first to report it. */
        public UUID firstAgency() {
            return reports.getFirst().agencyId();
        }
    }

    private MissingViews() {
    }

    public static List<EpisodeView> of(OpenRecord record, List<Episode> episodes) {
        List<EpisodeView> views = new ArrayList<>();
        for (Episode episode : episodes) {
            List<ReportView> shown = new ArrayList<>();
            List<Report> readable = new ArrayList<>();
            for (Report report : episode.reports()) {
                boolean own = record.viewer().agency().id().equals(report.agencyId());
                if (!own && !MissingReading.seesOthers(record)) {
                    continue;
                }
                boolean reads = MissingReading.mayRead(record, report.agencyId(), report.sensitivity());
                if (reads) {
                    readable.add(report);
                }
                shown.add(new ReportView(reads ? report : null, report.agencyId(), report.startedAt(), !reads,
                        reads && MissingReading.mayRead(record, report.agencyId(), Sensitivity.CHILD_DISCLOSURE)));
            }
            if (shown.isEmpty()) {
                continue;
            }
            Episode seen = readable.isEmpty() ? null : Episode.of(episode.id(), episode.child(), readable);
            Instant at = seen != null ? seen.startedAt()
                    : shown.stream().map(ReportView::startedAt).min(Comparator.naturalOrder()).orElseThrow();
            views.add(new EpisodeView(episode.id(), seen, shown, at));
        }
        return views;
    }

    /** Whether the viewer reads what was said and noticed at the interview (its time and outcome are not restricted). */
    public static boolean readsInterview(OpenRecord record, ReturnInterview interview) {
        return MissingReading.mayRead(record, interview.agencyId(), interview.sensitivity());
    }
}
