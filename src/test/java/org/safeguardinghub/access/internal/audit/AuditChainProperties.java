package org.safeguardinghub.access.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hash of an entry covers every column, unambiguously; the chain ties each seal to all before it. */
class AuditChainProperties {

    static AuditRow row(long id, String detail) {
        return new AuditRow(id, Instant.parse("2026-12-01T10:15:30.123456Z"), "PRACTITIONER", "sw.north", "CSC-NORTH",
                "VIEW_CHILD", UUID.fromString("0192f4a1-7c2e-7d3a-9b1e-2f4c6d8e0a1b"), detail, "192.0.2.10");
    }

    /** Each way of changing one column of a row, as a direct update in the database might. */
    static final List<UnaryOperator<AuditRow>> ONE_COLUMN_CHANGED = List.of(
            r -> new AuditRow(r.id() + 1, r.at(), r.actorKind(), r.actor(), r.agencyCode(), r.action(), r.childId(), r.detail(), r.remoteAddress()),
            r -> new AuditRow(r.id(), r.at().plusNanos(1000), r.actorKind(), r.actor(), r.agencyCode(), r.action(), r.childId(), r.detail(), r.remoteAddress()),
            r -> new AuditRow(r.id(), r.at(), r.actorKind() + "X", r.actor(), r.agencyCode(), r.action(), r.childId(), r.detail(), r.remoteAddress()),
            r -> new AuditRow(r.id(), r.at(), r.actorKind(), r.actor() + "x", r.agencyCode(), r.action(), r.childId(), r.detail(), r.remoteAddress()),
            r -> new AuditRow(r.id(), r.at(), r.actorKind(), r.actor(), r.agencyCode() == null ? "" : null, r.action(), r.childId(), r.detail(), r.remoteAddress()),
            r -> new AuditRow(r.id(), r.at(), r.actorKind(), r.actor(), r.agencyCode(), r.action() + "X", r.childId(), r.detail(), r.remoteAddress()),
            r -> new AuditRow(r.id(), r.at(), r.actorKind(), r.actor(), r.agencyCode(), r.action(), r.childId() == null ? UUID.randomUUID() : null, r.detail(), r.remoteAddress()),
            r -> new AuditRow(r.id(), r.at(), r.actorKind(), r.actor(), r.agencyCode(), r.action(), r.childId(), r.detail() == null ? "" : r.detail() + " ", r.remoteAddress()),
            r -> new AuditRow(r.id(), r.at(), r.actorKind(), r.actor(), r.agencyCode(), r.action(), r.childId(), r.detail(), r.remoteAddress() == null ? "local" : null));

    @Provide
    Arbitrary<AuditRow> rows() {
        Arbitrary<String> text = Arbitraries.strings().ofMaxLength(12).injectNull(0.2);
        Arbitrary<Instant> at = Arbitraries.longs().between(0, 4_000_000_000_000_000L).map(micros -> Instant.EPOCH.plusNanos(micros * 1000));
        Arbitrary<UUID> child = Arbitraries.create(UUID::randomUUID).injectNull(0.3);
        return Combinators.combine(Arbitraries.longs().between(1, Long.MAX_VALUE - 1), at, text, text, text, text, child, text)
                .as((id, when, actor, agency, action, detail, c, from) ->
                        new AuditRow(id, when, "PRACTITIONER", actor == null ? "" : actor, agency, action == null ? "VIEW_CHILD" : action, c, detail, from));
    }

    @Property
    void changingAnyOneColumnChangesTheHash(@ForAll("rows") AuditRow row) {
        byte[] sealed = AuditChain.rowHash(row);
        for (UnaryOperator<AuditRow> change : ONE_COLUMN_CHANGED) {
            assertThat(AuditChain.rowHash(change.apply(row))).isNotEqualTo(sealed);
        }
        assertThat(AuditChain.rowHash(row)).as("the same row, the same hash").isEqualTo(sealed);
    }

    @Example
    void textMovedFromOneColumnToTheNextIsADifferentRow() {
        AuditRow one = new AuditRow(1, Instant.EPOCH, "PRACTITIONER", "ab", "c", "VIEW_CHILD", null, null, null);
        AuditRow other = new AuditRow(1, Instant.EPOCH, "PRACTITIONER", "a", "bc", "VIEW_CHILD", null, null, null);
        assertThat(AuditChain.rowHash(one)).isNotEqualTo(AuditChain.rowHash(other));
    }

    /** An entry written before V88 (no children column) keeps the hash it was sealed with: pinned from the code before it. */
    @Example
    void anEntryWithoutChildrenHashesAsBeforeTheChildrenColumn() {
        AuditRow row = new AuditRow(42, Instant.parse("2026-12-01T10:15:30.123456Z"), "API_CLIENT", "police-north-feed",
                "POLICE-NORTH", "RECEIVE_EVENTS", UUID.fromString("01a25053-6733-7e37-a79f-cb19699e4a00"),
                "500 event(s) from the partner feed", "127.0.0.1");
        assertThat(AuditChain.hex(AuditChain.rowHash(row))).isEqualTo("37038002abecad5855fe1aac7ab94dcaaa5b4a690747d98a1cf566c5d6164bee");
    }

    /** The children a batch's entry names are hashed: adding, removing, changing or reordering one changes the hash. */
    @Example
    void theChildrenOfABatchEntryAreHashedInOrder() {
        UUID a = UUID.fromString("01a25053-6733-7e37-a79f-cb19699e4a00");
        UUID b = UUID.fromString("01a25053-6733-7a26-9a40-9a62b7e38166");
        AuditRow alone = new AuditRow(7, Instant.EPOCH, "API_CLIENT", "feed", "POLICE-NORTH", "RECEIVE_EVENTS", null, "2", null);
        List<List<UUID>> lists = List.of(List.of(a, b), List.of(b, a), List.of(a), List.of(), Arrays.asList(a, null));
        List<byte[]> hashes = lists.stream()
                .map(children -> AuditChain.rowHash(new AuditRow(7, alone.at(), alone.actorKind(), alone.actor(),
                        alone.agencyCode(), alone.action(), null, alone.detail(), null, children)))
                .toList();
        List<String> distinct = new ArrayList<>(hashes.stream().map(AuditChain::hex).distinct().toList());
        distinct.add(AuditChain.hex(AuditChain.rowHash(alone)));
        assertThat(distinct).doesNotHaveDuplicates().hasSize(6);
    }

    @Example
    void anEmptyDetailIsNotAMissingOne() {
        assertThat(AuditChain.rowHash(row(1, ""))).isNotEqualTo(AuditChain.rowHash(row(1, null)));
    }

    @Example
    void timesCountToTheMicrosecondAsPostgresqlKeepsThem() {
        AuditRow row = row(1, "x");
        AuditRow sameMicrosecond = new AuditRow(1, row.at().plusNanos(999), row.actorKind(), row.actor(), row.agencyCode(),
                row.action(), row.childId(), row.detail(), row.remoteAddress());
        assertThat(AuditChain.rowHash(sameMicrosecond)).isEqualTo(AuditChain.rowHash(row));
    }

    @Example
    void eachSealFollowsFromTheOneBeforeIt() {
        List<AuditRow> rows = List.of(row(3, "a"), row(4, "b"), row(9, "c"));
        List<Seal> seals = AuditChain.extend(Seal.START, rows);
        assertThat(seals).extracting(Seal::eventId).containsExactly(3L, 4L, 9L);
        assertThat(seals).extracting(Seal::previousEventId).containsExactly(0L, 3L, 4L);
        Seal previous = Seal.START;
        for (Seal seal : seals) {
            assertThat(seal.chainHash()).isEqualTo(AuditChain.link(previous.chainHash(), previous.eventId(),
                    seal.eventId(), seal.rowHash()));
            previous = seal;
        }
        List<Seal> other = AuditChain.extend(Seal.START, List.of(row(3, "a"), row(4, "B"), row(9, "c")));
        assertThat(other.get(2).chainHash()).as("a change in one entry changes every chain hash after it")
                .isNotEqualTo(seals.get(2).chainHash());
    }

    @Example
    void aLinkDependsOnEachOfItsParts() {
        byte[] chain = new byte[AuditChain.HASH_BYTES];
        byte[] row = AuditChain.rowHash(row(5, "x"));
        byte[] link = AuditChain.link(chain, 4, 5, row);
        byte[] otherChain = chain.clone();
        otherChain[0] = 1;
        byte[] otherRow = row.clone();
        otherRow[31] ^= 1;
        List<byte[]> others = new ArrayList<>(List.of(AuditChain.link(otherChain, 4, 5, row),
                AuditChain.link(chain, 3, 5, row), AuditChain.link(chain, 4, 6, row), AuditChain.link(chain, 4, 5, otherRow)));
        others.forEach(o -> assertThat(Arrays.equals(o, link)).isFalse());
    }

    @Example
    void entriesAreChainedInIdOrderOnly() {
        assertThatThrownBy(() -> AuditChain.extend(Seal.START, List.of(row(2, "a"), row(2, "b"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
