package org.safeguardinghub.missing.web;

import java.util.ArrayList;
import java.util.List;

import org.safeguardinghub.chronology.ChildDeadlines;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.missing.InterviewStatus;
import org.safeguardinghub.shared.Formats;
import org.springframework.stereotype.Component;

/** The return interview of each ended episode not yet offered: due 72 hours after the return. */
@Component
class MissingDeadlines implements ChildDeadlines {

    private final MissingPage page;
    private final Formats formats;

    MissingDeadlines(MissingPage page, Formats formats) {
        this.page = page;
        this.formats = formats;
    }

    @Override
    public List<Deadline> deadlines(OpenRecord record) {
        List<Deadline> due = new ArrayList<>();
        for (MissingPage.EpisodeRow row : page.rows(record)) {
            InterviewStatus status = row.clock().status();
            if (!row.view().restricted() && (status == InterviewStatus.DUE || status == InterviewStatus.OVERDUE)) {
                due.add(new Deadline(row.clock().due(), false, "missing.due.interview",
                        List.of(formats.date(row.view().episode().startedAt())), "/children/" + record.child() + "?tab=missing#episode-"
                        + row.view().id()));
            }
        }
        return due;
    }
}
