package org.safeguardinghub.access.internal.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The hashes of the audit chain, in plain Java (ADR 0020). An entry's hash is SHA-256 over every
 * column in a canonical form: a version tag, then each column in table order as a 0 byte if null,
 * or a 1 byte, its length in four bytes and its UTF-8 text (ids and times as decimal numbers, the
 * time in microseconds since 1970, as PostgreSQL keeps it), and after them, for an entry naming a
 * batch's children (V88), their ids in stored order joined by commas. Lengths make the form unambiguous, so
 * no two different rows share it. A seal's chain hash is SHA-256 over the previous chain hash, the
 * previous and this entry's ids and this entry's hash: changing, removing or reordering anything
 * sealed changes every chain hash after it.
 */
public final class AuditChain {

    public static final int HASH_BYTES = 32;
    private static final byte[] ROW_FORM = "audit-event/1".getBytes(StandardCharsets.UTF_8);
    private static final byte[] LINK_FORM = "audit-seal/1".getBytes(StandardCharsets.UTF_8);

    private AuditChain() {
    }

    public static byte[] rowHash(AuditRow row) {
        MessageDigest digest = sha256();
        digest.update(ROW_FORM);
        field(digest, Long.toString(row.id()));
        field(digest, row.at() == null ? null : Long.toString(micros(row.at())));
        field(digest, row.actorKind());
        field(digest, row.actor());
        field(digest, row.agencyCode());
        field(digest, row.action());
        field(digest, row.childId() == null ? null : row.childId().toString());
        field(digest, row.detail());
        field(digest, row.remoteAddress());
        if (row.children() != null) {
            // only entries that have the column's value hash it, so every entry sealed before V88 keeps its hash
            field(digest, String.join(",", row.children().stream().map(String::valueOf).toList()));
        }
        return digest.digest();
    }

    public static byte[] link(byte[] previousChainHash, long previousEventId, long eventId, byte[] rowHash) {
        MessageDigest digest = sha256();
        digest.update(LINK_FORM);
        digest.update(previousChainHash);
        digest.update(ByteBuffer.allocate(2 * Long.BYTES).putLong(previousEventId).putLong(eventId).array());
        digest.update(rowHash);
        return digest.digest();
    }

    /** The seals that chain these rows (in id order, all after {@code last}) onto {@code last}. */
    public static List<Seal> extend(Seal last, List<AuditRow> rows) {
        List<Seal> seals = new ArrayList<>(rows.size());
        Seal previous = last;
        for (AuditRow row : rows) {
            if (row.id() <= previous.eventId()) {
                throw new IllegalArgumentException("Entry " + row.id() + " is not after " + previous.eventId());
            }
            byte[] rowHash = rowHash(row);
            previous = new Seal(row.id(), previous.eventId(), rowHash,
                    link(previous.chainHash(), previous.eventId(), row.id(), rowHash));
            seals.add(previous);
        }
        return seals;
    }

    public static String hex(byte[] hash) {
        return HexFormat.of().formatHex(hash);
    }

    static long micros(Instant at) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, at);
    }

    private static void field(MessageDigest digest, String value) {
        if (value == null) {
            digest.update((byte) 0);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        digest.update((byte) 1);
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
