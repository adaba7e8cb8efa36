package org.safeguardinghub.access;

/**
 * How restricted a piece of information is. Anything but {@code STANDARD} is shown to other
 * agencies only as "a restricted entry exists — ask its owner" (DESIGN.md, capability 8).
 */
public enum Sensitivity {
    STANDARD,
    HEALTH,
    SEXUAL_HEALTH,
    POLICE_INTELLIGENCE;

    public boolean isRestricted() {
        return this != STANDARD;
    }
}
