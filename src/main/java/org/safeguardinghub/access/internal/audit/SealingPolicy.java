package org.safeguardinghub.access.internal.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How far the chain may be extended now. An entry takes its id when it is inserted but becomes
 * visible when its transaction commits, so ids appear out of order; a missing id is a transaction
 * still running, or one rolled back (or a number the sequence skipped after a crash), and the two
 * cannot be told apart from outside. The chain passes over a missing id only once the entry after
 * it is at least {@code horizon} old: the missing one was inserted before that entry, so its
 * transaction has then been running for longer than the horizon, which no transaction that writes
 * the audit log is expected to. Should one commit later all the same, its entry is outside the chain
 * and {@code verify-audit} reports it (docs/audit.md).
 */
public record SealingPolicy(Duration horizon) {

    /** An entry not yet sealed: its id and when it was written. */
    public record Pending(long id, Instant at) {
    }

    /** Why the chain stops where it does. */
    public enum Stop {
        /** Every visible entry can be sealed. */
        NOTHING_LEFT,
        /** Ids {@code missingFrom..missingTo} are missing and the entry after them is younger than the horizon. */
        YOUNG_GAP
    }

    /** The first {@code sealable} of the pending entries may be sealed now; then the chain stops, and why. */
    public record Plan(int sealable, Stop stop, long missingFrom, long missingTo) {
    }

    public SealingPolicy {
        if (horizon.isNegative()) {
            throw new IllegalArgumentException("The seal horizon cannot be negative: " + horizon);
        }
    }

    /**
     * @param lastSealed the id of the last sealed entry (0 before the first)
     * @param pending    the visible entries after it, in id order
     */
    public Plan plan(long lastSealed, List<Pending> pending, Instant now) {
        Instant passableUpTo = now.minus(horizon);
        long expected = lastSealed + 1;
        for (int i = 0; i < pending.size(); i++) {
            Pending entry = pending.get(i);
            if (entry.id() != expected && entry.at().isAfter(passableUpTo)) {
                return new Plan(i, Stop.YOUNG_GAP, expected, entry.id() - 1);
            }
            expected = entry.id() + 1;
        }
        return new Plan(pending.size(), Stop.NOTHING_LEFT, 0, 0);
    }
}
