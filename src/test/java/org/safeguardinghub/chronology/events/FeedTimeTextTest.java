package org.safeguardinghub.chronology.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The quick reading of the usual form gives what {@link OffsetDateTime#parse} gives, or leaves the text to it. */
class FeedTimeTextTest {

    @Property(tries = 5000)
    void neverDisagreesWithTheIsoParser(@ForAll("nearlyUsual") String text) {
        OffsetDateTime quick = FeedTimeText.usual(text);
        if (quick != null) {
            assertThat(quick).isEqualTo(OffsetDateTime.parse(text));
        }
    }

    @Property(tries = 3000)
    void readsEveryRealTimeInTheUsualForm(@ForAll("usual") OffsetDateTime time) {
        String seconds = time.format(java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss"));
        String offset = time.format(java.time.format.DateTimeFormatter.ofPattern("XXX"));
        assertThat(FeedTimeText.usual(seconds + offset)).isEqualTo(time.withNano(0));
        String nanos = String.format(".%09d", time.getNano());
        assertThat(FeedTimeText.usual(seconds + nanos + offset)).isEqualTo(time);
    }

    @Test
    void theBoundariesOfTheForm() {
        assertThat(FeedTimeText.usual("2026-03-14T21:15:00Z")).isEqualTo(OffsetDateTime.parse("2026-03-14T21:15:00Z"));
        assertThat(FeedTimeText.usual("2026-03-14T21:15:00.123456789+01:00"))
                .isEqualTo(OffsetDateTime.parse("2026-03-14T21:15:00.123456789+01:00"));
        assertThat(FeedTimeText.usual("2026-03-14T21:15:00.1-05:30")).isEqualTo(OffsetDateTime.parse("2026-03-14T21:15:00.1-05:30"));
        // left to the ISO parser: no seconds, lower case, ten fraction digits, a five-digit year
        assertThat(FeedTimeText.usual("2026-03-14T21:15Z")).isNull();
        assertThat(FeedTimeText.usual("2026-03-14t21:15:00z")).isNull();
        assertThat(FeedTimeText.usual("2026-03-14T21:15:00.1234567890Z")).isNull();
        assertThat(FeedTimeText.usual("+12026-03-14T21:15:00Z")).isNull();
        // not a real time: left to the ISO parser, which refuses it
        assertThat(FeedTimeText.usual("2026-02-30T21:15:00Z")).isNull();
        assertThatThrownBy(() -> OffsetDateTime.parse("2026-02-30T21:15:00Z")).isInstanceOf(DateTimeParseException.class);
        assertThat(FeedTimeText.usual("2026-03-14T24:00:00Z")).isNull();
        assertThat(FeedTimeText.usual("2026-03-14T21:15:00+19:00")).isNull();
    }

    @Provide
    Arbitrary<String> nearlyUsual() {
        Arbitrary<String> two = Arbitraries.integers().between(0, 99).map(n -> String.format("%02d", n));
        Arbitrary<String> year = Arbitraries.integers().between(0, 9999).map(n -> String.format("%04d", n));
        Arbitrary<String> fraction = Arbitraries.oneOf(Arbitraries.just(""),
                Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(11).map(d -> "." + d));
        Arbitrary<String> offset = Arbitraries.oneOf(Arbitraries.of("Z", "z", "+00:00", "-00:00", "+01", "+01:00:30", ""),
                Combinators.combine(Arbitraries.of('+', '-'), Arbitraries.integers().between(0, 20), Arbitraries.integers()
                        .between(0, 70)).as((s, h, m) -> String.format("%c%02d:%02d", s, h, m)));
        Arbitrary<String> text = Combinators.combine(year, two, two, Arbitraries.of("T", "t", " "), two, two, two, fraction)
                .as((y, mo, d, t, h, mi, s, f) -> y + "-" + mo + "-" + d + t + h + ":" + mi + ":" + s + f);
        return Combinators.combine(text, offset).as(String::concat);
    }

    @Provide
    Arbitrary<OffsetDateTime> usual() {
        return Combinators.combine(Arbitraries.longs().between(-2_208_988_800L, 253_402_300_799L - 86_400),
                Arbitraries.integers().between(0, 999_999_999), Arbitraries.integers().between(-18 * 4, 18 * 4))
                .as((seconds, nanos, quarters) -> OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(seconds, nanos),
                        java.time.ZoneOffset.ofTotalSeconds(quarters * 900)));
    }
}
