package org.safeguardinghub.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.access.AgencyType;
import org.safeguardinghub.meetings.internal.MeetingTypeRules;

/** The meetings pages build keys from values ({@code 'meeting.type.' + type}): each value has its words. */
class MeetingsMessagesTest {

    static final Map<String, Class<? extends Enum<?>>> KEYED_BY_VALUE = Map.ofEntries(
            Map.entry("meeting.type.", MeetingType.class), Map.entry("meeting.status.", MeetingView.Status.class),
            Map.entry("invitation.source.", Invitation.Source.class), Map.entry("invitation.response.", Invitation.Response.class),
            Map.entry("invitation.answer.", Invitation.Response.class), Map.entry("minutes.attendance.", Minutes.Attendance.class),
            Map.entry("minutes.participation.", Minutes.ChildParticipation.class), Map.entry("decision.kind.", Decision.Kind.class),
            Map.entry("decision.category.", Decision.PlanCategory.class), Map.entry("action.status.", MeetingAction.Status.class),
            Map.entry("meetings.dueNext.meeting.", MeetingType.class), Map.entry("meeting.required.reason.", MeetingType.class));

    static Properties bundle() throws IOException {
        Properties messages = new Properties();
        try (InputStream in = MeetingsMessagesTest.class.getResourceAsStream("/messages/meetings.properties")) {
            messages.load(in);
        }
        return messages;
    }

    @Test
    void everyValueShownOnAPageHasItsWords() throws IOException {
        Properties messages = bundle();
        List<String> missing = new ArrayList<>();
        KEYED_BY_VALUE.forEach((prefix, type) -> {
            for (Enum<?> value : type.getEnumConstants()) {
                boolean strategyType = prefix.equals("meeting.required.reason.")
                        && MeetingTypeRules.of((MeetingType) value).strategy();
                if (!strategyType && !messages.containsKey(prefix + value.name())) {
                    missing.add(prefix + value.name());
                }
            }
        });
        for (MeetingType type : MeetingType.values()) {
            if (MeetingTypeRules.statutory(type)) {
                for (String prefix : List.of("meeting.anchor.", "meetings.dueNext.statutory.")) {
                    if (!messages.containsKey(prefix + type)) {
                        missing.add(prefix + type);
                    }
                }
            }
        }
        for (AgencyType kind : List.of(AgencyType.CHILDRENS_SOCIAL_CARE, AgencyType.POLICE, AgencyType.HEALTH,
                AgencyType.EDUCATION)) {
            for (String prefix : List.of("meeting.error.leftOut.", "minutes.warning.absent.")) {
                if (!messages.containsKey(prefix + kind)) {
                    missing.add(prefix + kind);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyDueReasonTheTimescalesGiveHasItsWords() throws IOException {
        assertThat(bundle().stringPropertyNames()).contains("due.INITIAL_CONFERENCE", "due.INITIAL_CONFERENCE.given",
                "due.FIRST_CORE_GROUP", "due.REVIEW_CONFERENCE.first", "due.REVIEW_CONFERENCE.later",
                "due.REVIEW_CONFERENCE.given", "due.LOOKED_AFTER_REVIEW.first", "due.LOOKED_AFTER_REVIEW.second",
                "due.LOOKED_AFTER_REVIEW.later", "alert.reason.MEETING_OVERDUE", "audit.action.CHANGE_MEETING");
    }
}
