package org.safeguardinghub.access.internal.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The check {@code admin verify-audit} makes, in plain Java: fed every seal in order with the entry
 * it seals as the database has it now, then the entries inside the sealed range that no seal covers,
 * it says whether the log is as it was sealed and, if not, which entries differ and how. It keeps
 * only the last seal and the first {@value #PROBLEMS_KEPT} problems, so it checks a log of any size.
 */
public final class ChainVerification {

    static final int PROBLEMS_KEPT = 100;

    /** A chain hash kept somewhere else from an earlier verification: the seal of {@code eventId} must still have it. */
    public record Head(long eventId, String chainHex) {

        /** {@code ID:HASH}, as verify-audit prints it. */
        public static Optional<Head> parse(String text) {
            String[] parts = text == null ? new String[0] : text.strip().split(":");
            if (parts.length != 2 || !parts[0].matches("\\d{1,18}") || !parts[1].matches("[0-9a-fA-F]{64}")) {
                return Optional.empty();
            }
            return Optional.of(new Head(Long.parseLong(parts[0]), parts[1].toLowerCase()));
        }
    }

    /** What is wrong; each has its sentence, {@code audit.verify.<kind>}, with the entry's id and a second number. */
    public enum Kind {
        /** The entry differs from what was sealed: it was changed after it was written. */
        ROW_CHANGED,
        /** The sealed entry is no longer in the log. */
        ROW_MISSING,
        /** The seal's chain hash does not follow from the seal before it: the seal was changed. */
        SEAL_CHANGED,
        /** The seal does not follow the one before it (second number: the entry it says came before). */
        SEAL_MISSING,
        /** The entry is inside the sealed range but not sealed: it committed after its place was passed as empty. */
        NOT_SEALED,
        /** The seal of the entry no longer has the chain hash kept from an earlier verification. */
        HEAD_CHANGED,
        /** No seal of the entry whose chain hash was given. */
        HEAD_NOT_FOUND
    }

    public record Problem(Kind kind, long eventId, long other) {
    }

    /**
     * @param sealed   how many entries the chain covers
     * @param head     the last seal ({@link Seal#START} if none)
     * @param unsealed entries after the last seal, written since the sealer last ran
     * @param problems the first problems found, of {@code problemCount}
     */
    public record Report(long sealed, Seal head, long unsealed, List<Problem> problems, long problemCount) {

        public boolean intact() {
            return problemCount == 0;
        }
    }

    private final Optional<Head> expectedHead;
    private final List<Problem> problems = new ArrayList<>();
    private long problemCount;
    private long sealed;
    private Seal last = Seal.START;
    private boolean headSeen;

    public ChainVerification(Optional<Head> expectedHead) {
        this.expectedHead = expectedHead;
    }

    /** The next seal, in id order, and its entry as it is now (null if there is none). */
    public void accept(Seal seal, AuditRow row) {
        if (seal.previousEventId() != last.eventId()) {
            // the link to a seal that is not there cannot be checked; the chain goes on from this one
            problem(Kind.SEAL_MISSING, seal.eventId(), seal.previousEventId());
        } else if (!Arrays.equals(seal.chainHash(),
                AuditChain.link(last.chainHash(), last.eventId(), seal.eventId(), seal.rowHash()))) {
            problem(Kind.SEAL_CHANGED, seal.eventId(), 0);
        }
        if (row == null) {
            problem(Kind.ROW_MISSING, seal.eventId(), 0);
        } else if (!Arrays.equals(AuditChain.rowHash(row), seal.rowHash())) {
            problem(Kind.ROW_CHANGED, seal.eventId(), 0);
        }
        expectedHead.filter(head -> head.eventId() == seal.eventId()).ifPresent(head -> {
            headSeen = true;
            if (!head.chainHex().equals(seal.chainHex())) {
                problem(Kind.HEAD_CHANGED, seal.eventId(), 0);
            }
        });
        sealed++;
        last = seal;
    }

    /** The entries with an id at or below the last seal's that no seal covers: the first ones, and how many in all. */
    public void notSealed(List<Long> first, long count) {
        first.forEach(eventId -> problem(Kind.NOT_SEALED, eventId, 0));
        problemCount += Math.max(0, count - first.size());
    }

    /** The last sealed entry's id, once every seal has been accepted. */
    public long lastSealed() {
        return last.eventId();
    }

    public Report finish(long unsealed) {
        expectedHead.filter(head -> !headSeen).ifPresent(head -> problem(Kind.HEAD_NOT_FOUND, head.eventId(), 0));
        return new Report(sealed, last, unsealed, List.copyOf(problems), problemCount);
    }

    private void problem(Kind kind, long eventId, long other) {
        problemCount++;
        if (problems.size() < PROBLEMS_KEPT) {
            problems.add(new Problem(kind, eventId, other));
        }
    }
}
