package org.safeguardinghub.chronology.events;

import java.sql.SQLException;

/**
 * Whether a feed batch whose transaction failed is decided again from the start. Only conflicts
 * with another transaction running at the same moment are retried, since the next attempt sees
 * that one's work: the same eventId stored twice (23505, answered as a duplicate next time), a
 * deadlock between two batches (40P01, PostgreSQL cancels one of them) and a serialisation failure
 * (40001). Anything else is a real fault and is not hidden by retrying; the retries are bounded.
 */
public final class BatchRetryRule {

    /** Why a failed attempt is or is not retried. */
    public enum Reason {
        DUPLICATE_KEY(true), DEADLOCK(true), SERIALISATION_FAILURE(true), NOT_A_RACE(false), ATTEMPTS_USED_UP(false);

        private final boolean transientConflict;

        Reason(boolean transientConflict) {
            this.transientConflict = transientConflict;
        }
    }

    public record Decision(boolean retry, Reason reason, String sqlState) {
    }

    private final int maxAttempts;

    public BatchRetryRule(int maxAttempts) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("At least one attempt");
        }
        this.maxAttempts = maxAttempts;
    }

    /** After {@code attempt} (1 for the first) failed with {@code failure}. */
    public Decision afterFailure(Throwable failure, int attempt) {
        String state = sqlState(failure);
        Reason reason = switch (state == null ? "" : state) {
            case "23505" -> Reason.DUPLICATE_KEY;
            case "40P01" -> Reason.DEADLOCK;
            case "40001" -> Reason.SERIALISATION_FAILURE;
            default -> Reason.NOT_A_RACE;
        };
        if (reason.transientConflict && attempt >= maxAttempts) {
            return new Decision(false, Reason.ATTEMPTS_USED_UP, state);
        }
        return new Decision(reason.transientConflict, reason, state);
    }

    /** The first SQLState in the chain of causes (Spring's translated exceptions keep the driver's as a cause). */
    static String sqlState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
