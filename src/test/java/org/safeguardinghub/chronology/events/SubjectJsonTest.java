package org.safeguardinghub.chronology.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.chronology.Subject;
import tools.jackson.databind.json.JsonMapper;

/** A subject is kept with its event as Jackson wrote it before issue 18's change: the same text. */
class SubjectJsonTest {

    private static final JsonMapper JACKSON = JsonMapper.builder().build();

    @Property(tries = 2000)
    void writesWhatJacksonWrote(@ForAll("subjects") Subject subject) {
        assertThat(SubjectJson.write(subject)).isEqualTo(JACKSON.writeValueAsString(subject));
    }

    @Test
    void everyComponentInOrderAndAbsentOnesAsNull() {
        Subject subject = new Subject(null, null, "P-1", "Ava \"A\"", "Test\n", LocalDate.of(2012, 3, 4), null, null, null);
        assertThat(SubjectJson.write(subject)).isEqualTo("{\"nhsNumber\":null,\"upn\":null,\"localId\":\"P-1\","
                + "\"givenName\":\"Ava \\\"A\\\"\",\"familyName\":\"Test\\n\",\"dateOfBirth\":\"2012-03-04\",\"sex\":null,"
                + "\"postcode\":null,\"address\":null}");
    }

    @Provide
    Arbitrary<Subject> subjects() {
        Arbitrary<String> text = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, Arbitraries.just(null)),
                net.jqwik.api.Tuple.of(3, CanonicalJsonTest.texts()));
        Arbitrary<LocalDate> dates = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, Arbitraries.just(null)),
                net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(LocalDate.of(-9999, 1, 1).toEpochDay(),
                        LocalDate.of(99999, 12, 31).toEpochDay()).map(LocalDate::ofEpochDay)));
        return Combinators.combine(text.list().ofSize(8), dates).as((t, date) -> new Subject(t.get(0), t.get(1), t.get(2),
                t.get(3), t.get(4), date, t.get(5), t.get(6), t.get(7)));
    }
}
