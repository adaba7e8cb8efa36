package org.safeguardinghub.plans;

/**
 * What a review decides: carry on, change the plan, step up to a plan at a higher level, step down
 * to a lower one, or end it. Stepping up or down and ending close this plan.
 */
public enum ReviewDecision {
    CONTINUE,
    CHANGE,
    STEP_UP,
    STEP_DOWN,
    END;

    public boolean endsThePlan() {
        return this == STEP_UP || this == STEP_DOWN || this == END;
    }
}
