package org.safeguardinghub.plans;

/** The category of a child protection plan (Working Together: neglect, physical, sexual, emotional abuse, or more than one). */
public enum PlanCategory {
    NEGLECT,
    PHYSICAL,
    SEXUAL,
    EMOTIONAL,
    MULTIPLE
}
