package org.safeguardinghub.access.internal;

/**
 * What to do at start-up with the stored token signing key so that it is kept encrypted (issue
 * #12, defect 10) and never lost or silently replaced: a new key would stop every partner's token
 * from working. Plain Java: the outcome with its reason. A secret that turns out to be wrong is
 * found when the key is opened.
 */
public final class SigningKeyAtRestPolicy {

    /** How the key is stored. */
    public enum Stored {
        NONE,
        /** In clear, as releases before December 2026 stored it. */
        CLEAR,
        SEALED
    }

    /** Where the secret that seals it would come from. */
    public enum Secret {
        /** {@code safeguarding.access.key-encryption.secret} is set. */
        CONFIGURED,
        /** Not configured; the embedded database's default run has generated one before. */
        GENERATED,
        /** Not configured; the embedded database's default run can generate one now. */
        CAN_GENERATE,
        /** Not configured, and an external database is used: nothing may be generated. */
        MISSING
    }

    public enum Step {
        /** Make a key and store it sealed. */
        CREATE_SEALED,
        /** Seal the key stored in clear, in place. */
        SEAL_CLEAR_KEY,
        /** Open the sealed key with the secret. */
        OPEN,
        /** Do not start. */
        REFUSE
    }

    public enum Reason { FIRST_START, STORED_IN_CLEAR_BY_AN_EARLIER_RELEASE, STORED_SEALED, NO_SECRET_CONFIGURED,
        GENERATED_SECRET_MISSING }

    /** @param generateSecret whether the secret is to be generated now */
    public record Decision(Step step, boolean generateSecret, Reason reason) {
    }

    private SigningKeyAtRestPolicy() {
    }

    public static Decision decide(Stored stored, Secret secret) {
        if (secret == Secret.MISSING) {
            return new Decision(Step.REFUSE, false, Reason.NO_SECRET_CONFIGURED);
        }
        boolean generate = secret == Secret.CAN_GENERATE;
        return switch (stored) {
            case NONE -> new Decision(Step.CREATE_SEALED, generate, Reason.FIRST_START);
            case CLEAR -> new Decision(Step.SEAL_CLEAR_KEY, generate, Reason.STORED_IN_CLEAR_BY_AN_EARLIER_RELEASE);
            case SEALED -> generate
                    // a secret generated now cannot be the one the key was sealed with
                    ? new Decision(Step.REFUSE, false, Reason.GENERATED_SECRET_MISSING)
                    : new Decision(Step.OPEN, false, Reason.STORED_SEALED);
        };
    }
}
