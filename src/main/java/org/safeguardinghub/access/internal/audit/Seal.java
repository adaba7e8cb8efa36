package org.safeguardinghub.access.internal.audit;

/**
 * A link of the chain: the entry it seals, the entry sealed before it, the entry's hash and the
 * chain's hash up to and including it. Ids between {@code previousEventId} and {@code eventId} were
 * empty when sealed.
 */
public record Seal(long eventId, long previousEventId, byte[] rowHash, byte[] chainHash) {

    /** Where every chain starts: before entry 1, with a chain hash of zeros. */
    public static final Seal START = new Seal(0, -1, new byte[AuditChain.HASH_BYTES], new byte[AuditChain.HASH_BYTES]);

    public Seal {
        rowHash = rowHash.clone();
        chainHash = chainHash.clone();
    }

    @Override
    public byte[] rowHash() {
        return rowHash.clone();
    }

    @Override
    public byte[] chainHash() {
        return chainHash.clone();
    }

    public String chainHex() {
        return AuditChain.hex(chainHash);
    }
}
