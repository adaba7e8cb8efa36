package org.safeguardinghub.meetings.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.safeguardinghub.access.AgencyType;
import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.meetings.ConveneInput;
import org.safeguardinghub.meetings.Invitation;
import org.safeguardinghub.meetings.Problem;
import org.safeguardinghub.shared.DateInput;

/**
 * Whether a meeting may be convened as asked (issue 14, item 2): a date not before the child's birth,
 * a time if one is given, someone invited, and every kind of agency the meeting requires either
 * invited or left out with a reason. The invitees are those ticked of the proposal and anyone else
 * named; an unknown name is refused rather than dropped. Plain Java.
 */
public final class ConveneRule {

    static final int MAX_PLACE = 200;

    /**
     * What the request is checked against.
     *
     * @param added    the practitioners named to invite besides the proposal
     * @param unknown  names given that are no active practitioner
     */
    public record Context(LocalDate dateOfBirth, LocalDate today, List<InvitationProposal.Proposed> proposed,
                          List<Practitioner> added, List<String> unknown, List<RequiredAgencies.Requirement> required) {
    }

    /** A meeting that may be convened: when, where, the anchor date, the invitees and the reasons for those left out. */
    public record Valid(LocalDate scheduledOn, LocalTime time, String place, LocalDate anchorOn,
                        List<InvitationProposal.Proposed> invitees, Map<AgencyType, String> leftOut) {
    }

    public record Checked(Map<String, Problem> errors, Optional<Valid> valid) {
    }

    private ConveneRule() {
    }

    public static Checked check(ConveneInput input, Context context) {
        Map<String, Problem> errors = new LinkedHashMap<>();
        LocalDate on = date(input.scheduledOn(), "scheduledOn", context.dateOfBirth(), errors, true);
        LocalTime time = time(input.time(), errors);
        LocalDate anchor = date(input.anchorOn(), "anchorOn", context.dateOfBirth(), errors, false);
        if (anchor != null && anchor.isAfter(context.today())) {
            errors.put("anchorOn", Problem.of("meeting.error.anchorInFuture"));
        }
        if (Text.longerThan(input.place(), MAX_PLACE)) {
            errors.put("place", Problem.of("meeting.error.tooLong", MAX_PLACE));
        }
        context.unknown().forEach(name -> errors.putIfAbsent("alsoInvite", Problem.of("meeting.error.alsoInvite", name)));
        List<InvitationProposal.Proposed> invitees = invitees(input, context);
        if (invitees.isEmpty()) {
            errors.put("invite", Problem.of("meeting.error.noInvitees"));
        }
        Set<AgencyType> invited = invitees.stream().map(p -> p.who().agency().type()).collect(Collectors.toSet());
        errors.putAll(RequiredAgencies.unexplained(context.required(), invited, input.leftOutReasons()));
        if (!errors.isEmpty()) {
            return new Checked(errors, Optional.empty());
        }
        Map<AgencyType, String> leftOut = new LinkedHashMap<>();
        RequiredAgencies.uncovered(context.required(), invited)
                .forEach(r -> leftOut.put(r.type(), input.leftOutReasons().get(r.type()).strip()));
        return new Checked(errors, Optional.of(new Valid(on, time, Text.blankToNull(input.place()), anchor, invitees, leftOut)));
    }

    private static List<InvitationProposal.Proposed> invitees(ConveneInput input, Context context) {
        List<InvitationProposal.Proposed> invitees = new ArrayList<>(context.proposed().stream()
                .filter(p -> input.invite().contains(p.who().id())).toList());
        for (Practitioner p : context.added()) {
            if (invitees.stream().noneMatch(i -> i.who().id().equals(p.id()))) {
                invitees.add(new InvitationProposal.Proposed(p, p.jobTitle(), Invitation.Source.ADDED));
            }
        }
        return invitees;
    }

    private static LocalDate date(DateInput input, String field, LocalDate dateOfBirth, Map<String, Problem> errors,
                                  boolean required) {
        if (input == null || input.isBlank()) {
            if (required) {
                errors.put(field, Problem.of("meeting.error." + field));
            }
            return null;
        }
        if (input.error() != null) {
            errors.put(field, Problem.of(input.error()));
            return null;
        }
        LocalDate date = input.date().orElseThrow();
        if (dateOfBirth != null && date.isBefore(dateOfBirth)) {
            errors.put(field, Problem.of("meeting.error.beforeBirth"));
        }
        return date;
    }

    private static LocalTime time(String text, Map<String, Problem> errors) {
        if (Text.blank(text)) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip().length() == 4 ? "0" + text.strip() : text.strip());
        } catch (DateTimeParseException e) {
            errors.put("time", Problem.of("meeting.error.time"));
            return null;
        }
    }
}
