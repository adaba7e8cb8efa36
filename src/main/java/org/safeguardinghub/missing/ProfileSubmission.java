package org.safeguardinghub.missing;

import java.util.LinkedHashMap;
import java.util.Map;

/** The missing profile as typed into its form. */
public record ProfileSubmission(String description, String photoReference, String phoneNumbers, String socialMedia,
                                String associates, String places, String triggers, String whatWorks) {

    public static final int MAX_TEXT = 2000;

    public static ProfileSubmission of(MissingProfile p) {
        return p == null ? new ProfileSubmission(null, null, null, null, null, null, null, null)
                : new ProfileSubmission(p.description(), p.photoReference(), p.phoneNumbers(), p.socialMedia(),
                        p.associates(), p.places(), p.triggers(), p.whatWorks());
    }

    /** Problems by field (message keys): each field within its length, and something to save. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        fields().forEach((field, value) -> {
            if (value != null && value.length() > MAX_TEXT) {
                problems.put(field, "missing.error.tooLong");
            }
        });
        if (fields().values().stream().allMatch(v -> v == null || v.isBlank())) {
            problems.put("description", "missing.error.profileEmpty");
        }
        return problems;
    }

    Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("description", description);
        fields.put("photoReference", photoReference);
        fields.put("phoneNumbers", phoneNumbers);
        fields.put("socialMedia", socialMedia);
        fields.put("associates", associates);
        fields.put("places", places);
        fields.put("triggers", triggers);
        fields.put("whatWorks", whatWorks);
        return fields;
    }
}
