package org.safeguardinghub.missing;

import java.time.Instant;
import java.util.UUID;

import org.safeguardinghub.chronology.ChildId;

/**
 * A child's missing profile, as carers keep it (the Philomena Protocol): each save a new version.
 * Everything the police need in the first hour of an episode, one click from being shared with the
 * force of the area where the child is.
 *
 * @param photoReference where the recent photograph is kept (a reference, not the image)
 */
public record MissingProfile(UUID id, ChildId child, int version, String description, String photoReference,
                             String phoneNumbers, String socialMedia, String associates, String places, String triggers,
                             String whatWorks, String recordedBy, Instant recordedAt) {
}
