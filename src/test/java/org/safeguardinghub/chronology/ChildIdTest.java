package org.safeguardinghub.chronology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ChildIdTest {

    @Property
    void printsAndParsesBack(@ForAll long high, @ForAll long low) {
        ChildId id = new ChildId(new UUID(high, low));
        assertThat(ChildId.parse(id.toString())).contains(id);
        assertThat(id.toString()).startsWith("c-");
    }

    @Test
    void anythingElseIsNoChild() {
        assertThat(ChildId.parse("7f3a")).isEmpty();
        assertThat(ChildId.parse("c-not-a-uuid")).isEmpty();
        assertThat(ChildId.parse(UUID.randomUUID().toString())).isEmpty();
        assertThat(ChildId.parse(null)).isEmpty();
    }
}
