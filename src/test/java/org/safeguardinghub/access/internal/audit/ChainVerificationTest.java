package org.safeguardinghub.access.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.access.internal.audit.ChainVerification.Head;
import org.safeguardinghub.access.internal.audit.ChainVerification.Kind;
import org.safeguardinghub.access.internal.audit.ChainVerification.Problem;

/** verify-audit's check: an intact log passes, and each way of tampering is named with its entry. */
class ChainVerificationTest {

    /** Entries 1 to 5 and 8 (6 and 7 rolled back), sealed. */
    final List<AuditRow> rows = new ArrayList<>(LongStream.of(1, 2, 3, 4, 5, 8)
            .mapToObj(id -> AuditChainProperties.row(id, "entry " + id)).toList());
    final List<Seal> seals = new ArrayList<>(AuditChain.extend(Seal.START, rows));

    ChainVerification.Report verify(Optional<Head> head, long... notSealed) {
        ChainVerification verification = new ChainVerification(head);
        for (int i = 0; i < seals.size(); i++) {
            verification.accept(seals.get(i), rows.get(i));
        }
        verification.notSealed(LongStream.of(notSealed).boxed().toList(), notSealed.length);
        return verification.finish(2);
    }

    @Test
    void anIntactLogPassesAndNamesItsLastSeal() {
        ChainVerification.Report report = verify(Optional.empty());
        assertThat(report.intact()).isTrue();
        assertThat(report.sealed()).isEqualTo(6);
        assertThat(report.head().eventId()).isEqualTo(8);
        assertThat(report.head().chainHex()).isEqualTo(seals.getLast().chainHex());
        assertThat(report.unsealed()).isEqualTo(2);
    }

    @Test
    void anEntryChangedAfterSealingIsNamed() {
        rows.set(2, AuditChainProperties.row(3, "entry 3, edited"));
        ChainVerification.Report report = verify(Optional.empty());
        assertThat(report.intact()).isFalse();
        assertThat(report.problems()).containsExactly(new Problem(Kind.ROW_CHANGED, 3, 0));
    }

    @Test
    void anEntryGoneIsNamed() {
        rows.set(1, null);
        assertThat(verify(Optional.empty()).problems()).containsExactly(new Problem(Kind.ROW_MISSING, 2, 0));
    }

    @Test
    void aSealRemovedIsNamedByTheSealAfterIt() {
        seals.remove(3);
        rows.remove(3);
        assertThat(verify(Optional.empty(), 4).problems())
                .containsExactly(new Problem(Kind.SEAL_MISSING, 5, 4), new Problem(Kind.NOT_SEALED, 4, 0));
    }

    @Test
    void aSealWhoseHashesWereRewrittenForAChangedEntryBreaksTheChainAfterIt() {
        rows.set(2, AuditChainProperties.row(3, "entry 3, edited"));
        Seal original = seals.get(2);
        byte[] rowHash = AuditChain.rowHash(rows.get(2));
        seals.set(2, new Seal(3, 2, rowHash, original.chainHash()));
        assertThat(verify(Optional.empty()).problems()).containsExactly(new Problem(Kind.SEAL_CHANGED, 3, 0));
    }

    @Test
    void anEntryInsertedIntoARolledBackPlaceIsNotSealedAndSaysSo() {
        assertThat(verify(Optional.empty(), 6).problems()).containsExactly(new Problem(Kind.NOT_SEALED, 6, 0));
    }

    @Test
    void aWholeChainRebuiltAfterAChangeIsCaughtByAHeadKeptElsewhere() {
        Head kept = new Head(5, seals.get(4).chainHex());
        assertThat(verify(Optional.of(kept)).intact()).isTrue();
        rows.set(0, AuditChainProperties.row(1, "entry 1, edited"));
        seals.clear();
        seals.addAll(AuditChain.extend(Seal.START, rows));
        assertThat(verify(Optional.of(kept)).problems()).containsExactly(new Problem(Kind.HEAD_CHANGED, 5, 0));
        assertThat(verify(Optional.empty()).intact()).as("without the kept head, a rebuilt chain looks intact").isTrue();
    }

    @Test
    void aHeadThatIsNoSealIsReported() {
        Head unknown = new Head(6, seals.get(4).chainHex());
        assertThat(verify(Optional.of(unknown)).problems()).containsExactly(new Problem(Kind.HEAD_NOT_FOUND, 6, 0));
    }

    @Test
    void aHeadIsReadAsVerifyAuditPrintsIt() {
        String hex = seals.get(4).chainHex();
        assertThat(Head.parse("5:" + hex.toUpperCase())).contains(new Head(5, hex));
        assertThat(Head.parse("5:" + hex.substring(1))).isEmpty();
        assertThat(Head.parse("five:" + hex)).isEmpty();
        assertThat(Head.parse(null)).isEmpty();
    }

    @Test
    void beyondTheFirstHundredProblemsOnlyTheirNumberIsKept() {
        ChainVerification verification = new ChainVerification(Optional.empty());
        verification.notSealed(LongStream.rangeClosed(1, 100).boxed().toList(), 250);
        ChainVerification.Report report = verification.finish(0);
        assertThat(report.problems()).hasSize(100);
        assertThat(report.problemCount()).isEqualTo(250);
        assertThat(report.head()).isEqualTo(Seal.START);
    }
}
