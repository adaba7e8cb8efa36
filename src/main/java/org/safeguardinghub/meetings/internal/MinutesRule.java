package org.safeguardinghub.meetings.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.safeguardinghub.access.AgencyType;
import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.meetings.Decision;
import org.safeguardinghub.meetings.Invitation;
import org.safeguardinghub.meetings.Meeting;
import org.safeguardinghub.meetings.Minutes;
import org.safeguardinghub.meetings.MinutesInput;
import org.safeguardinghub.meetings.Problem;

/**
 * Whether minutes may be saved, and what the chair is warned of before finalising them (issue 14,
 * item 4). Refused, with nothing stored: a meeting held before the child was born or in the future,
 * a decision with no chair, final minutes with no chair or with someone's attendance not recorded,
 * and any action without what, an owner and a date. Warned of, and recorded with the minutes if
 * they are finalised anyway: a required kind of agency that did not attend, the child's voice
 * missing (seeds 002: "Most of the meetings did not include the views of Child B or her parents"),
 * an action without what done looks like, a strategy meeting with no actions ("some meetings did
 * not identify specific actions or timescales"). Plain Java.
 */
public final class MinutesRule {

    static final int MAX_CHAIR = 200;
    static final int MAX_TEXT = 20_000;

    /**
     * What the minutes are checked against.
     *
     * @param finalising the minutes are to be final (a correction always is)
     */
    public record Context(Meeting meeting, LocalDate dateOfBirth, LocalDate today, boolean finalising,
                          boolean correcting, List<RequiredAgencies.Requirement> required) {
    }

    /** The minutes as they would be stored. */
    public record Content(LocalDate heldOn, String chair, Map<UUID, Minutes.Attendance> attendance,
                          Minutes.ChildParticipation childParticipation, String childViews, String parentsViews,
                          List<Minutes.Contribution> contributions, String analysis, List<Decision> decisions,
                          List<Minutes.Action> actions, List<String> recommendations, String correctionReason) {
    }

    /** Problems by field (none: the content may be stored), warnings, and the content. */
    public record Checked(Map<String, Problem> errors, List<Problem> warnings, Content content) {

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private MinutesRule() {
    }

    public static Checked check(MinutesInput input, Context context) {
        Map<String, Problem> errors = new LinkedHashMap<>();
        LocalDate heldOn = heldOn(input, context, errors);
        List<Decision> decisions = MinutesRows.decisions(input.decisions(), errors);
        String chair = chair(input, decisions, context, errors);
        Map<UUID, Minutes.Attendance> attendance = attendance(input, context, errors);
        var participation = Text.choice(Minutes.ChildParticipation.class, input.childParticipation());
        if (!Text.blank(input.childParticipation()) && participation.isEmpty()) {
            errors.put("childParticipation", Problem.of("minutes.error.childParticipation"));
        }
        texts(input, errors);
        List<Minutes.Contribution> contributions = contributions(input, context.meeting(), errors);
        List<Minutes.Action> actions = MinutesRows.actions(input.actions(), context.meeting(), heldOn, errors);
        List<String> recommendations = MinutesRows.recommendations(input.recommendations(), errors);
        String correction = Text.blankToNull(input.correctionReason());
        if (context.correcting() && correction == null) {
            errors.put("correctionReason", Problem.of("minutes.error.correctionReason"));
        }
        Content content = new Content(heldOn, chair, attendance, participation.orElse(null),
                Text.blankToNull(input.childViews()), Text.blankToNull(input.parentsViews()), contributions,
                Text.blankToNull(input.analysis()), decisions, actions, recommendations, correction);
        return new Checked(errors, context.finalising() ? warnings(content, context) : List.of(), content);
    }

    /** The chair: needed for any decision (no decision without a chair) and for final minutes. */
    private static String chair(MinutesInput input, List<Decision> decisions, Context context, Map<String, Problem> errors) {
        String chair = Text.blankToNull(input.chair());
        if (chair == null && (!decisions.isEmpty() || context.finalising())) {
            errors.put("chair", Problem.of(decisions.isEmpty() ? "minutes.error.chair" : "minutes.error.chairForDecision"));
        } else if (Text.longerThan(chair, MAX_CHAIR)) {
            errors.put("chair", Problem.of("minutes.error.tooLong", MAX_CHAIR));
        }
        return chair;
    }

    private static void texts(MinutesInput input, Map<String, Problem> errors) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("childViews", input.childViews());
        texts.put("parentsViews", input.parentsViews());
        texts.put("analysis", input.analysis());
        texts.forEach((field, text) -> {
            if (Text.longerThan(text, MAX_TEXT)) {
                errors.put(field, Problem.of("minutes.error.tooLong", MAX_TEXT));
            }
        });
    }

    private static LocalDate heldOn(MinutesInput input, Context context, Map<String, Problem> errors) {
        if (input.heldOn() == null || input.heldOn().isBlank()) {
            errors.put("heldOn", Problem.of("minutes.error.heldOn"));
            return null;
        }
        if (input.heldOn().error() != null) {
            errors.put("heldOn", Problem.of(input.heldOn().error()));
            return null;
        }
        LocalDate held = input.heldOn().date().orElseThrow();
        if (context.dateOfBirth() != null && held.isBefore(context.dateOfBirth())) {
            errors.put("heldOn", Problem.of("meeting.error.beforeBirth"));
        } else if (held.isAfter(context.today())) {
            errors.put("heldOn", Problem.of("minutes.error.heldInFuture"));
        }
        return held;
    }

    private static Map<UUID, Minutes.Attendance> attendance(MinutesInput input, Context context, Map<String, Problem> errors) {
        Map<UUID, Minutes.Attendance> attendance = new HashMap<>();
        for (Invitation invitation : context.meeting().invitations()) {
            var given = Text.choice(Minutes.Attendance.class, input.attendance().get(invitation.id()));
            given.ifPresent(a -> attendance.put(invitation.id(), a));
            if (given.isEmpty() && (context.finalising() || !Text.blank(input.attendance().get(invitation.id())))) {
                errors.put("attendance-" + invitation.id(), Problem.of("minutes.error.attendance", invitation.who().displayName()));
            }
        }
        return attendance;
    }

    private static List<Minutes.Contribution> contributions(MinutesInput input, Meeting meeting, Map<String, Problem> errors) {
        List<Minutes.Contribution> contributions = new ArrayList<>();
        for (UUID agency : meeting.agenciesInvited()) {
            String text = input.contributions().get(agency);
            if (Text.blank(text)) {
                continue;
            }
            if (Text.longerThan(text, MAX_TEXT)) {
                errors.put("contribution-" + agency, Problem.of("minutes.error.tooLong", MAX_TEXT));
            }
            Sensitivity sensitivity = Text.choice(Sensitivity.class, input.contributionSensitivity().get(agency))
                    .orElse(Sensitivity.STANDARD);
            contributions.add(new Minutes.Contribution(agency, text.strip(), sensitivity));
        }
        return contributions;
    }

    /** What the chair is warned of before finalising. */
    static List<Problem> warnings(Content content, Context context) {
        List<Problem> warnings = new ArrayList<>();
        Set<AgencyType> attended = context.meeting().invitations().stream()
                .filter(i -> content.attendance().get(i.id()) == Minutes.Attendance.ATTENDED)
                .map(i -> i.who().agency().type()).collect(Collectors.toSet());
        for (RequiredAgencies.Requirement r : context.required()) {
            if (!attended.contains(r.type())) {
                warnings.add(Problem.of("minutes.warning.absent." + r.type()));
            }
        }
        if (content.childViews() == null) {
            warnings.add(Problem.of("minutes.warning.childVoice"));
        }
        for (int i = 0; i < content.actions().size(); i++) {
            if (content.actions().get(i).doneLooksLike() == null) {
                warnings.add(Problem.of("minutes.warning.doneLooksLike", i + 1));
            }
        }
        if (content.actions().isEmpty() && MeetingTypeRules.of(context.meeting().type()).strategy()) {
            warnings.add(Problem.of("minutes.warning.noActions"));
        }
        return warnings;
    }
}
