package org.safeguardinghub.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.safeguardinghub.chronology.ChildRecords;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.meetings.internal.MeetingPermissions;
import org.safeguardinghub.meetings.internal.MeetingStore;
import org.safeguardinghub.meetings.internal.MinutesOnRecord;
import org.safeguardinghub.meetings.internal.MinutesRule;
import org.safeguardinghub.meetings.internal.MinutesStore;
import org.safeguardinghub.meetings.internal.RequiredAgencies;
import org.safeguardinghub.meetings.internal.Text;
import org.safeguardinghub.shared.Ids;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording a meeting (issue 14, items 4 and 5): minutes saved as drafts, then finalised after the
 * chair has seen the warnings, then corrected only as new final versions with a reason. Final
 * minutes reach the chronology, the invitees and the owners of actions, and are published as
 * {@link MeetingFinalised}; refused minutes store nothing. Actions are marked done by their owners.
 */
@Service
public class MeetingMinutes {

    public static final int MAX_NOTE = 1000;

    /** Save as a draft, or finalise (a correction of final minutes is always final). */
    public enum Intent { DRAFT, FINALISE }

    /**
     * What happened: problems by field (nothing stored), or warnings not yet acknowledged (nothing
     * stored), or the minutes stored ({@code revision}, and {@code finalVersion} if final).
     */
    public record Saved(Map<String, Problem> errors, List<Problem> warnings, Integer revision, Integer finalVersion) {

        public boolean stored() {
            return revision != null;
        }
    }

    private final MeetingStore meetings;
    private final MinutesStore minutes;
    private final MinutesOnRecord onRecord;
    private final ChildRecords records;
    private final AuditLog auditLog;
    private final Clock clock;

    MeetingMinutes(MeetingStore meetings, MinutesStore minutes, MinutesOnRecord onRecord, ChildRecords records,
                   AuditLog auditLog, Clock clock) {
        this.meetings = meetings;
        this.minutes = minutes;
        this.onRecord = onRecord;
        this.records = records;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public boolean mayRecord(OpenRecord record, Meeting meeting) {
        return MeetingPermissions.record(record.viewer(), record.basis(), meeting).allowed();
    }

    public boolean mayComplete(OpenRecord record, Meeting meeting, MeetingAction action) {
        return MeetingPermissions.complete(record.viewer(), record.basis(), meeting, action).allowed();
    }

    @Transactional
    public Saved save(OpenRecord record, Meeting meeting, MinutesInput input, Intent intent, boolean acknowledged) {
        var permission = MeetingPermissions.record(record.viewer(), record.basis(), meeting);
        if (permission.refused()) {
            return new Saved(Map.of("chair", Problem.of(permission.reason())), List.of(), null, null);
        }
        meetings.lock(meeting.id());
        List<Minutes> revisions = minutes.revisions(meeting.id());
        Optional<Minutes> lastFinal = revisions.stream().filter(Minutes::isFinal).findFirst();
        boolean finalising = intent == Intent.FINALISE || lastFinal.isPresent();
        if (intent == Intent.DRAFT && lastFinal.isPresent()) {
            return new Saved(Map.of("correctionReason", Problem.of("minutes.error.draftAfterFinal")), List.of(), null, null);
        }
        LocalDate dateOfBirth = records.profile(record).dateOfBirth();
        LocalDate on = input.heldOn() == null ? meeting.scheduledOn() : input.heldOn().date().orElse(meeting.scheduledOn());
        MinutesRule.Checked checked = MinutesRule.check(input, new MinutesRule.Context(meeting, dateOfBirth,
                LocalDate.now(clock), finalising, lastFinal.isPresent(), RequiredAgencies.of(meeting.type(), dateOfBirth, on)));
        if (!checked.valid()) {
            return new Saved(checked.errors(), checked.warnings(), null, null);
        }
        if (finalising && !checked.warnings().isEmpty() && !acknowledged) {
            return new Saved(Map.of(), checked.warnings(), null, null);
        }
        int revision = revisions.isEmpty() ? 1 : revisions.getFirst().revision() + 1;
        Integer finalVersion = finalising ? lastFinal.map(Minutes::finalVersion).orElse(0) + 1 : null;
        Minutes stored = minutes(meeting, checked, revision, finalVersion, record.viewer().auditName());
        if (finalising) {
            onRecord.finalised(record, meeting, stored, lastFinal);
        } else {
            minutes.insert(stored, null);
            auditLog.record(record.viewer(), AuditAction.CHANGE_MEETING, record.child().value(),
                    "draft minutes (revision " + revision + ") of meeting " + meeting.id());
        }
        return new Saved(Map.of(), checked.warnings(), revision, finalVersion);
    }

    private Minutes minutes(Meeting meeting, MinutesRule.Checked checked, int revision, Integer finalVersion, String by) {
        MinutesRule.Content c = checked.content();
        List<Minutes.Warning> warnings = finalVersion == null ? List.of() : checked.warnings().stream()
                .map(w -> new Minutes.Warning(w.key(), w.args().stream().map(String::valueOf).toList())).toList();
        return new Minutes(Ids.newId(), meeting.id(), revision, finalVersion, c.heldOn(), c.chair(), c.attendance(),
                c.childParticipation(), c.childViews(), c.parentsViews(), c.contributions(), c.analysis(), c.decisions(),
                c.actions(), c.recommendations(), warnings, c.correctionReason(), by, clock.instant());
    }

    /** The action's owner (or whoever may record the minutes) says it is done. */
    @Transactional
    public Optional<Problem> complete(OpenRecord record, MeetingView view, UUID actionId, String note) {
        Optional<MeetingAction> action = view.actions().stream().filter(a -> a.action().id().equals(actionId)).findFirst();
        if (action.isEmpty()
                || MeetingPermissions.complete(record.viewer(), record.basis(), view.meeting(), action.get()).refused()) {
            return Optional.of(Problem.of("action.error.mayNotComplete"));
        }
        if (Text.longerThan(note, MAX_NOTE)) {
            return Optional.of(Problem.of("minutes.error.tooLong", MAX_NOTE));
        }
        if (action.get().doneAt() != null) {
            return Optional.of(Problem.of("action.error.alreadyDone"));
        }
        MeetingAction.Completed done = action.get().complete(record.viewer().auditName(), Text.blankToNull(note), clock.instant());
        minutes.done(done.actionId(), done.by(), done.note(), done.at());
        auditLog.record(record.viewer(), AuditAction.CHANGE_MEETING, record.child().value(),
                "action " + actionId + " of meeting " + view.meeting().id() + " done");
        return Optional.empty();
    }
}
