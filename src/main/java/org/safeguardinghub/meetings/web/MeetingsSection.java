package org.safeguardinghub.meetings.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.safeguardinghub.chronology.ChildPageSection;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.meetings.ChildMeetings;
import org.safeguardinghub.meetings.Meetings;
import org.safeguardinghub.meetings.MeetingsQuery;
import org.safeguardinghub.meetings.internal.OpenActionsPolicy;
import org.springframework.stereotype.Component;

/**
 * The child's meetings tab (issue 14, item 5): the statutory meetings due, every meeting the viewer
 * may read, all their decisions and the actions not yet done (the soonest due, with the rest one link
 * away: {@link OpenActionsPolicy}), so a new social worker understands the plan and the decisions
 * made (seeds 002, "Strategy meetings").
 */
@Component
class MeetingsSection implements ChildPageSection {

    private final MeetingsQuery query;
    private final Meetings meetings;
    private final Clock clock;

    MeetingsSection(MeetingsQuery query, Meetings meetings, Clock clock) {
        this.query = query;
        this.meetings = meetings;
        this.clock = clock;
    }

    @Override
    public String tab() {
        return "meetings";
    }

    @Override
    public String titleKey() {
        return "meetings.tab";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Optional<View> render(OpenRecord record) {
        ChildMeetings all = query.ofChild(record);
        return Optional.of(new View("meetings/section", "meetingsTab", Map.of(
                "meetings", all,
                "openActions", OpenActionsPolicy.onTab(all.openActions()),
                "mayConvene", meetings.mayConvene(record).allowed(),
                "childId", record.child().toString(),
                "today", LocalDate.now(clock))));
    }
}
