package org.safeguardinghub.shared.internal;

/**
 * What to do with the embedded database's directory at start-up so that its port never answers
 * without the password (issue #12, defect 10), and nothing an earlier release stored is lost.
 * Plain Java: the outcome with its reason.
 */
public final class EmbeddedDatabasePolicy {

    /** The cluster found in the data directory. */
    public enum Cluster {
        /** No cluster yet: a fresh machine, or a fresh data directory. */
        NONE,
        /** A cluster that lets anyone on the machine in without a password, as releases before December 2026 made. */
        TRUSTING,
        /** A cluster that asks for a password. */
        PASSWORD_PROTECTED
    }

    public enum Step {
        /** initdb with password authentication for every connection and the superuser's password set. */
        INITIALISE_WITH_PASSWORD,
        /** Start once as it is, give the superuser the password, then require passwords and start again. */
        PROTECT_WITH_PASSWORD,
        /** Start, and connect with the password. */
        START,
        /** Do not start: the password the cluster asks for is not known. */
        REFUSE
    }

    public enum Reason { NEW_CLUSTER, MADE_BY_AN_EARLIER_RELEASE, PROTECTED, PASSWORD_FILE_MISSING }

    /** @param generatePassword whether the password is to be made now (there is no password file yet) */
    public record Decision(Step step, boolean generatePassword, Reason reason) {
    }

    private EmbeddedDatabasePolicy() {
    }

    public static Decision decide(Cluster cluster, boolean passwordFileExists) {
        return switch (cluster) {
            case NONE -> new Decision(Step.INITIALISE_WITH_PASSWORD, !passwordFileExists, Reason.NEW_CLUSTER);
            case TRUSTING -> new Decision(Step.PROTECT_WITH_PASSWORD, !passwordFileExists, Reason.MADE_BY_AN_EARLIER_RELEASE);
            case PASSWORD_PROTECTED -> passwordFileExists
                    ? new Decision(Step.START, false, Reason.PROTECTED)
                    // a new password would not be the one the cluster holds: nobody could connect
                    : new Decision(Step.REFUSE, false, Reason.PASSWORD_FILE_MISSING);
        };
    }
}
