package org.safeguardinghub.access.internal.audit;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proves the audit log is as it was sealed ({@code admin verify-audit}): reads every seal with its
 * entry, a chunk at a time, in one snapshot of the database, and gives them to {@link ChainVerification}.
 */
@Service
public class AuditVerifier {

    static final int CHUNK = 5000;

    private final AuditChainStore store;

    AuditVerifier(AuditChainStore store) {
        this.store = store;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ChainVerification.Report verify(Optional<ChainVerification.Head> expectedHead) {
        ChainVerification verification = new ChainVerification(expectedHead);
        List<AuditChainStore.Sealed> chunk;
        do {
            chunk = store.sealedAfter(verification.lastSealed(), CHUNK);
            chunk.forEach(sealed -> verification.accept(sealed.seal(), sealed.row()));
        } while (chunk.size() == CHUNK);
        long last = verification.lastSealed();
        verification.notSealed(store.notSealedUpTo(last, ChainVerification.PROBLEMS_KEPT), store.countNotSealedUpTo(last));
        return verification.finish(store.countAfter(last));
    }
}
