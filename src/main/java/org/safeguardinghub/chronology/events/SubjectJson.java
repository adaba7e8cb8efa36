package org.safeguardinghub.chronology.events;

import org.safeguardinghub.chronology.Subject;

/**
 * A subject as it is kept with its event: the JSON Jackson writes for the record (every component
 * in order, absent ones as null, the date of birth as an ISO date), written directly. Through
 * Jackson's serializer it was a twentieth of the feed's own time per batch (issue 18's profile);
 * {@code SubjectJsonTest} holds the two to the same text.
 */
public final class SubjectJson {

    private SubjectJson() {
    }

    public static String write(Subject subject) {
        StringBuilder out = new StringBuilder(192);
        out.append('{');
        field("nhsNumber", subject.nhsNumber(), out).append(',');
        field("upn", subject.upn(), out).append(',');
        field("localId", subject.localId(), out).append(',');
        field("givenName", subject.givenName(), out).append(',');
        field("familyName", subject.familyName(), out).append(',');
        field("dateOfBirth", subject.dateOfBirth() == null ? null : subject.dateOfBirth().toString(), out).append(',');
        field("sex", subject.sex(), out).append(',');
        field("postcode", subject.postcode(), out).append(',');
        field("address", subject.address(), out);
        return out.append('}').toString();
    }

    private static StringBuilder field(String name, String value, StringBuilder out) {
        out.append('"').append(name).append("\":");
        if (value == null) {
            return out.append("null");
        }
        CanonicalJson.text(value, out);
        return out;
    }
}
