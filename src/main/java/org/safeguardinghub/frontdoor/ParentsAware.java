package org.safeguardinghub.frontdoor;

/** Whether the child's parents or carers know the contact is being made. */
public enum ParentsAware { YES, NO, NOT_KNOWN }
