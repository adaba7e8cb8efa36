package org.safeguardinghub.missing;

/**
 * The SSDA903 distinction for looked-after children: missing (whereabouts unknown), or away from
 * the placement without authorisation (whereabouts known, but not where they should be).
 */
public enum Absence {
    MISSING,
    AWAY
}
