package org.safeguardinghub.plans;

import java.util.UUID;

/**
 * An outcome sought for the child, in plain words, with the child's own view, and how far the latest
 * review found it reached ({@code status} null before the first review).
 */
public record Outcome(UUID id, UUID planId, int position, String wording, String childsView, OutcomeStatus status,
                      String progress) {
}
