package org.safeguardinghub.meetings.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.safeguardinghub.access.AgencyType;
import org.safeguardinghub.meetings.MeetingType;
import org.safeguardinghub.meetings.Problem;

/**
 * The kinds of agency a meeting must have (issue 14, item 2): those its type requires
 * ({@link MeetingTypeRules}), and education when the child is of school age ({@link SchoolAge}).
 * An organiser may leave one out only with a reason, which is kept with the meeting. Plain Java.
 */
public final class RequiredAgencies {

    public static final int MAX_REASON = 1000;

    /** A kind of agency the meeting needs, and why (a message key). */
    public record Requirement(AgencyType type, String reasonKey) {
    }

    private RequiredAgencies() {
    }

    /** In a fixed order: children's social care, police, health, education. */
    public static List<Requirement> of(MeetingType type, LocalDate dateOfBirth, LocalDate on) {
        MeetingTypeRules.TypeRule rule = MeetingTypeRules.of(type);
        List<Requirement> required = new ArrayList<>();
        for (AgencyType kind : List.of(AgencyType.CHILDRENS_SOCIAL_CARE, AgencyType.POLICE, AgencyType.HEALTH)) {
            if (rule.required().contains(kind)) {
                required.add(new Requirement(kind, rule.strategy() ? "meeting.required.reason.strategy"
                        : "meeting.required.reason." + type));
            }
        }
        if (rule.schoolWhenSchoolAge() && SchoolAge.on(dateOfBirth, on)) {
            required.add(new Requirement(AgencyType.EDUCATION, dateOfBirth == null
                    ? "meeting.required.reason.schoolAgeUnknown" : "meeting.required.reason.schoolAge"));
        }
        return List.copyOf(required);
    }

    /** The requirements none of the invited agencies meets. */
    public static List<Requirement> uncovered(List<Requirement> required, Set<AgencyType> invited) {
        return required.stream().filter(r -> !invited.contains(r.type())).toList();
    }

    /**
     * For each requirement no invitee meets, the problem if no reason (or too long a reason) is given
     * for leaving it out, by the field {@code leftOut-<TYPE>}.
     */
    public static Map<String, Problem> unexplained(List<Requirement> required, Set<AgencyType> invited,
                                                   Map<AgencyType, String> reasons) {
        Map<String, Problem> problems = new LinkedHashMap<>();
        for (Requirement r : uncovered(required, invited)) {
            String reason = reasons.get(r.type());
            if (reason == null || reason.isBlank()) {
                problems.put("leftOut-" + r.type(), Problem.of("meeting.error.leftOut." + r.type()));
            } else if (reason.strip().length() > MAX_REASON) {
                problems.put("leftOut-" + r.type(), Problem.of("meeting.error.leftOutTooLong", MAX_REASON));
            }
        }
        return problems;
    }
}
