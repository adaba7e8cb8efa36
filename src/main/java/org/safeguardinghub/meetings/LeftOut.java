package org.safeguardinghub.meetings;

import java.time.Instant;

import org.safeguardinghub.access.AgencyType;

/** A kind of agency the meeting's type requires that the organiser did not invite, and why (issue 14, item 2). */
public record LeftOut(AgencyType agencyType, String reason, String by, Instant at) {
}
