package org.safeguardinghub.frontdoor;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.safeguardinghub.chronology.NhsNumber;
import org.safeguardinghub.frontdoor.internal.Input;
import org.safeguardinghub.shared.DateInput;

/**
 * A contact as the referrer gives it on the web form: who the child is, the concern in the
 * referrer's words, its categories, what the child said (their voice, a field of its own),
 * whether the parents know, and how urgent it is.
 */
public record ContactSubmission(String givenName, String familyName, DateInput dateOfBirth, String nhsNumber,
                                String postcode, String address, String referrerAgency, String referrerRole,
                                String concern, List<String> categories, String childVoice, String parentsAware,
                                String urgency) {

    public static final int MAX_CONCERN = 4000;
    static final int MAX_FIELD = 200;

    public ContactSubmission {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /**
     * The problems by field, as message keys: the child must be identifiable (name and date of birth,
     * or a valid NHS number), the concern said, at least one category chosen, and the agency known.
     * Nothing is stored unless this is empty.
     */
    public Map<String, String> problems(LocalDate today, boolean agencyKnown) {
        Map<String, String> problems = new LinkedHashMap<>();
        boolean named = !Input.blank(givenName) && !Input.blank(familyName);
        boolean validNhs = !Input.blank(nhsNumber) && NhsNumber.isValid(nhsNumber);
        if (!Input.blank(nhsNumber) && !validNhs) {
            problems.put("nhsNumber", "contact.error.nhsNumber");
        }
        String dateProblem = dateOfBirth == null ? null : dateOfBirth.error();
        if (dateProblem != null) {
            problems.put("dateOfBirth", dateProblem);
        } else if (birthDate().filter(d -> d.isAfter(today)).isPresent()) {
            problems.put("dateOfBirth", "contact.error.dateOfBirth.future");
        } else if (!validNhs && !(named && birthDate().isPresent())) {
            problems.put(named ? "dateOfBirth" : "givenName", "contact.error.child");
        }
        if (tooLong(givenName) || tooLong(familyName) || tooLong(postcode) || tooLong(address) || tooLong(referrerRole)) {
            problems.putIfAbsent("givenName", "contact.error.tooLong");
        }
        if (!agencyKnown) {
            problems.put("referrerAgency", "contact.error.agency");
        }
        if (Input.blank(concern)) {
            problems.put("concern", "contact.error.concern");
        } else if (concern.strip().length() > MAX_CONCERN) {
            problems.put("concern", "contact.error.concern.tooLong");
        }
        if (categories.isEmpty() || categories.stream().anyMatch(c -> Input.choice(Category.class, c).isEmpty())) {
            problems.put("categories", "contact.error.categories");
        }
        if (Input.blank(childVoice) || childVoice.strip().length() > MAX_CONCERN) {
            problems.put("childVoice", "contact.error.childVoice");
        }
        if (Input.choice(ParentsAware.class, parentsAware).isEmpty()) {
            problems.put("parentsAware", "contact.error.parentsAware");
        }
        if (Input.choice(Urgency.class, urgency).isEmpty()) {
            problems.put("urgency", "contact.error.urgency");
        }
        return problems;
    }

    public Optional<LocalDate> birthDate() {
        return dateOfBirth == null ? Optional.empty() : dateOfBirth.date();
    }

    private static boolean tooLong(String s) {
        return s != null && s.strip().length() > MAX_FIELD;
    }
}
