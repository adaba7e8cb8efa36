package org.safeguardinghub.frontdoor;

/** The MASH's red/amber/green rating of a contact's risk. */
public enum Rag { RED, AMBER, GREEN }
