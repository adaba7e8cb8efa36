package org.safeguardinghub.chronology.children;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void ignoresCaseAccentsAndExtraSpaces() {
        assertThat(NameKey.of("Zoë", "O'Brien")).isEqualTo(NameKey.of(" ZOE ", "o'brien"));
        assertThat(NameKey.fold("Zoë  Anne")).isEqualTo("zoe anne");
        assertThat(NameKey.fold("Siobhán")).isEqualTo("siobhan");
    }

    @Test
    void spellsOutLettersUnicodeDoesNotDecompose() {
        assertThat(NameKey.fold("Søren")).isEqualTo("soren");
        assertThat(NameKey.fold("Łucja")).isEqualTo("lucja");
        assertThat(NameKey.fold("Straße")).isEqualTo("strasse");
    }

    @Test
    void keepsDifferentNamesDifferent() {
        assertThat(NameKey.of("Kayleigh", "Smyth")).isNotEqualTo(NameKey.of("Kayleigh", "Smith"));
        assertThat(NameKey.of("Ann", "Lee")).isNotEqualTo(NameKey.of("Anne", "Lee"));
        // the bar keeps given and family names apart
        assertThat(NameKey.of("Lee Ann", "Hart")).isNotEqualTo(NameKey.of("Lee", "Ann Hart"));
    }

    @Property
    void foldingTwiceChangesNothing(@ForAll String name) {
        assertThat(NameKey.fold(NameKey.fold(name))).isEqualTo(NameKey.fold(name));
    }

    @Property
    void caseNeverMatters(@ForAll("letters") String name) {
        assertThat(NameKey.fold(name.toUpperCase(java.util.Locale.ROOT))).isEqualTo(NameKey.fold(name));
    }

    /** The quick way for plain ASCII names folds them exactly as the general way does. */
    @Property(tries = 2000)
    void asciiNamesFoldAsAnyOther(@ForAll("ascii") String name) {
        assertThat(NameKey.fold(name)).isEqualTo(NameKey.withoutMarksOrCase(name).replaceAll("\\s+", " ").strip());
    }

    /** White space is single-spaced exactly as the pattern {@code \s+} replaced by one space did. */
    @Property(tries = 3000)
    void whiteSpaceRunsBecomeOneSpaceAsThePatternMadeThem(@ForAll("spaced") String text) {
        assertThat(NameKey.singleSpaced(text)).isEqualTo(text.replaceAll("\\s+", " "));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> spaced() {
        return net.jqwik.api.Arbitraries.oneOf(net.jqwik.api.Arbitraries.strings().ofMaxLength(20),
                net.jqwik.api.Arbitraries.strings().withChars(" \t\n\u000B\f\r\u00a0\u2003ab").ofMaxLength(20));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> ascii() {
        return net.jqwik.api.Arbitraries.strings().withCharRange('\u0000', '\u007f').ofMaxLength(30);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> letters() {
        return net.jqwik.api.Arbitraries.strings().withCharRange('a', 'z').withChars('é', 'ö', ' ', '-').ofMaxLength(20);
    }
}
