package org.safeguardinghub.missing.internal;

import tools.jackson.databind.JsonNode;

/**
 * The detail fields this module adds to the chronology entries it records (the contract keeps
 * unknown fields), so that it knows its own entries when the chronology tells it of them and does not
 * count an episode twice. Only entries recorded inside the hub are recognised this way: an event a
 * partner sends is always taken in.
 */
public final class EntryDetails {

    /** The report a {@code MISSING_EPISODE} entry was written from. */
    public static final String REPORT = "missingReportId";
    /** The return interview a {@code RETURN_INTERVIEW} entry was written from. */
    public static final String INTERVIEW = "missingInterviewId";

    private EntryDetails() {
    }

    static boolean isOwn(JsonNode details) {
        return details != null && (details.hasNonNull(REPORT) || details.hasNonNull(INTERVIEW));
    }
}
