package org.safeguardinghub.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Ids are RFC 9562 version 7: the time in the first 48 bits, then random bits, with version and variant set. */
class IdsTest {

    @Property
    void carriesItsTimeVersionAndVariant(@ForAll @LongRange(min = 0, max = (1L << 48) - 1) long millis) {
        UUID id = Ids.newId(millis);
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(millis);
    }

    @Property
    void aLaterMillisecondSortsAfter(@ForAll @LongRange(min = 0, max = (1L << 48) - 2) long millis) {
        assertThat(Ids.newId(millis + 1).toString()).isGreaterThan(Ids.newId(millis).toString());
    }

    @Test
    void theRandomBitsDifferEveryTime() {
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            seen.add(Ids.newId(1_700_000_000_000L));
        }
        assertThat(seen).hasSize(100_000);
    }
}
