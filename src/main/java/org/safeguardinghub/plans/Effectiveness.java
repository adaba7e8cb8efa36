package org.safeguardinghub.plans;

/**
 * Whether a done action worked, judged against its "how we will know it worked" measure (seeds
 * 003 §190: 1:1 work with "no understanding provided in respect of the planned outcomes or any
 * evaluation of its effectiveness").
 */
public enum Effectiveness {
    WORKED,
    PARTLY_WORKED,
    NOT_WORKED
}
