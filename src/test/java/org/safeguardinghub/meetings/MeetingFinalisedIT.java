package org.safeguardinghub.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Agencies;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.access.Practitioners;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.ChildRecords;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.shared.DateInput;
import org.safeguardinghub.shared.HubTime;
import org.safeguardinghub.support.HubIntegrationTest;
import org.safeguardinghub.support.TestEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * MeetingFinalised, as the plans module relies on it: published once per final version, in the
 * transaction that finalises (or corrects) the minutes, with the agencies invited and attended and
 * the agreed actions keeping their ids; not for drafts.
 */
@HubIntegrationTest
@RecordApplicationEvents
class MeetingFinalisedIT {

    @LocalServerPort
    int port;

    @Autowired
    Meetings meetings;

    @Autowired
    MeetingMinutes minutes;

    @Autowired
    MeetingsQuery query;

    @Autowired
    ChildRecords records;

    @Autowired
    Practitioners practitioners;

    @Autowired
    Agencies agencies;

    @Autowired
    ApplicationEvents events;

    OpenRecord as(String username, ChildId child) {
        Practitioner p = practitioners.byUsername(username).orElseThrow();
        return records.open(new Actor.Person(p.id(), p.username(), p.displayName(), p.agency(), p.roles()), child,
                AuditAction.VIEW_CHILD, "test").orElseThrow();
    }

    @Test
    void finalMinutesArePublishedAndCorrectionsPublishAHigherVersionWithTheSameActions() {
        ChildId child = ChildId.parse(MeetingForms.lookedAfterChild(port, TestEvents.familyName())).orElseThrow();
        OpenRecord social = as("sw.north", child);
        LocalDate held = LocalDate.now(HubTime.ZONE).minusDays(1);
        Set<UUID> invite = new HashSet<>();
        meetings.proposal(social, MeetingType.CORE_GROUP, held).proposed().forEach(p -> invite.add(p.who().id()));
        UUID id = meetings.convene(social, new ConveneInput(MeetingType.CORE_GROUP, DateInput.of(held), "", "",
                DateInput.of(held.minusDays(5)), invite, Map.of(), List.of())).meetingId();
        Meeting meeting = query.meeting(social, id).orElseThrow().meeting();
        UUID nurse = practitioners.byUsername("schoolnurse.south").orElseThrow().id();
        Map<UUID, String> attendance = new HashMap<>();
        meeting.invitations().forEach(i -> attendance.put(i.id(), i.practitionerId().equals(nurse) ? "APOLOGIES" : "ATTENDED"));
        MinutesInput input = new MinutesInput(DateInput.of(held), "Chair", attendance, "ATTENDED", "Fine", null, Map.of(),
                Map.of(), null, List.of(), List.of(new MinutesInput.ActionRow(null, "Health review", nurse.toString(),
                DateInput.of(held.plusDays(10)), "Review done")), List.of(), null);

        assertThat(minutes.save(social, meeting, input, MeetingMinutes.Intent.DRAFT, false).stored()).isTrue();
        assertThat(events.stream(MeetingFinalised.class)).isEmpty();
        assertThat(minutes.save(social, meeting, input, MeetingMinutes.Intent.FINALISE, true).finalVersion()).isEqualTo(1);
        MeetingFinalised first = events.stream(MeetingFinalised.class).findFirst().orElseThrow();
        assertThat(first.meetingId()).isEqualTo(id);
        assertThat(first.version()).isEqualTo(1);
        assertThat(first.type()).isEqualTo(MeetingType.CORE_GROUP);
        assertThat(first.heldOn()).isEqualTo(held);
        UUID southNurses = agencies.byCode("SN-SOUTH").orElseThrow().id();
        assertThat(first.agenciesInvited()).contains(southNurses, agencies.byCode("GP-NORTH").orElseThrow().id());
        assertThat(first.agenciesAttended()).doesNotContain(southNurses).contains(agencies.byCode("CSC-NORTH").orElseThrow().id());
        assertThat(first.actions()).singleElement().satisfies(a -> {
            assertThat(a.ownerPractitionerId()).isEqualTo(nurse);
            assertThat(a.ownerAgencyId()).isEqualTo(southNurses);
            assertThat(a.due()).isEqualTo(held.plusDays(10));
        });

        UUID actionId = first.actions().getFirst().actionId();
        MinutesInput corrected = new MinutesInput(input.heldOn(), "Chair", attendance, "ATTENDED", "Fine", null, Map.of(),
                Map.of(), null, List.of(), List.of(new MinutesInput.ActionRow(actionId.toString(), "Health review",
                nurse.toString(), DateInput.of(held.plusDays(14)), "Review done")), List.of(), "The date was agreed as two weeks");
        assertThat(minutes.save(social, meeting, corrected, MeetingMinutes.Intent.FINALISE, true).finalVersion()).isEqualTo(2);
        List<MeetingFinalised> published = events.stream(MeetingFinalised.class).toList();
        assertThat(published).hasSize(2);
        assertThat(published.get(1).version()).isEqualTo(2);
        assertThat(published.get(1).actions()).singleElement().satisfies(a -> {
            assertThat(a.actionId()).isEqualTo(actionId);
            assertThat(a.due()).isEqualTo(held.plusDays(14));
        });
    }
}
