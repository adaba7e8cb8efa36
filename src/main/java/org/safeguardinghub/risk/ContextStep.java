package org.safeguardinghub.risk;

/**
 * The work on a context, as a child protection conference is work on a child (here about a place or
 * a group): referred, assessed, discussed at a context meeting (as often as needed), closed.
 */
public enum ContextStep {
    REFERRED,
    ASSESSED,
    MEETING_HELD,
    CLOSED
}
