package org.safeguardinghub.plans;

/**
 * The kinds of plan for a child (issue 15, item 1). A child can have several open at once. The
 * missing trigger plan is a plan like the others here (outcomes, actions, reviews); the
 * stage-by-stage missing protocol belongs to the missing module.
 */
public enum PlanType {
    EARLY_HELP_PLAN,
    CHILD_IN_NEED_PLAN,
    CHILD_PROTECTION_PLAN,
    /** The looked-after child's care plan. */
    CARE_PLAN,
    EXPLOITATION_RISK_MANAGEMENT_PLAN,
    MISSING_TRIGGER_PLAN;

    /** Only a child protection plan has a category of abuse or neglect. */
    public boolean hasCategory() {
        return this == CHILD_PROTECTION_PLAN;
    }
}
