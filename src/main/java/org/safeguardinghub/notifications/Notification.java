package org.safeguardinghub.notifications;

import java.util.UUID;

import org.safeguardinghub.chronology.ChildId;

/**
 * One message to one practitioner.
 *
 * @param child the child it is about, if any
 * @param link  the page it is about, relative to the application ({@code /children/…})
 */
public record Notification(UUID practitionerId, ChildId child, String subject, String body, String link) {
}
