package org.safeguardinghub.frontdoor;

/** The concern categories of a contact, as the event feed's {@code CONTACT} type lists them. */
public enum Category {
    CSE, NEGLECT, PHYSICAL, EMOTIONAL, SEXUAL, MISSING, SELF_HARM, DOMESTIC_ABUSE, SUBSTANCE_MISUSE
}
