package org.safeguardinghub.identity.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Two promises of the match weight, over records built from small pools of names, dates,
 * postcodes and addresses that often nearly agree (typos, variants, swapped dates, former names),
 * for the prior model and for it with households measured (none found, or many): the cap on what
 * a household's shared fields add must keep both promises.
 */
class MatchWeightProperties {

    static final MatchModel MODEL = TestModels.standard();

    /** Which field of the second record is set to agree, then to disagree, with the first. */
    enum Edit { GIVEN_NAME, FAMILY_NAME, DATE_OF_BIRTH, POSTCODE, ADDRESS, SEX, NHS_NUMBER }

    @Property
    void weightIsSymmetric(@ForAll("models") MatchModel model, @ForAll("people") PersonRecord a,
                           @ForAll("people") PersonRecord b) {
        assertThat(model.weight(a, b)).isEqualTo(model.weight(b, a));
        assertThat(model.explain(a, b).reasons()).hasSameSizeAs(model.explain(b, a).reasons());
    }

    @Property
    void disagreeingNeverRaisesTheWeight(@ForAll("models") MatchModel model, @ForAll("people") PersonRecord a,
                                         @ForAll("people") PersonRecord b, @ForAll Edit edit) {
        Assume.that(value(a, edit) != null);
        PersonRecord agreeing = with(b, edit, value(a, edit));
        PersonRecord disagreeing = with(b, edit, stranger(a, edit));
        assertThat(model.weight(a, disagreeing)).isLessThanOrEqualTo(model.weight(a, agreeing));
    }

    @Provide
    Arbitrary<MatchModel> models() {
        return Arbitraries.of(MODEL, MODEL.withHouseholds(new HouseholdRates(0, 0, 50_000_000)),
                MODEL.withHouseholds(new HouseholdRates(30_000, 1_500, 50_000_000)));
    }

    @Provide
    Arbitrary<PersonRecord> people() {
        Arbitrary<String> given = Arbitraries.of("Ada", "Adda", "Kayleigh", "Kaleigh", "William", "Liam", "Mohammed",
                "Muhammad", "Smith").injectNull(0.1);
        Arbitrary<String> family = Arbitraries.of("Smith", "Smyth", "Ashford", "Ashfrod", "Quarrington", "Ada")
                .injectNull(0.1);
        Arbitrary<List<String>> former = Arbitraries.of(List.of(), List.of("Smith"), List.of("Ashford"));
        Arbitrary<LocalDate> born = Arbitraries.of(LocalDate.of(2011, 3, 4), LocalDate.of(2011, 4, 3),
                LocalDate.of(2011, 3, 5), LocalDate.of(2012, 3, 4)).injectNull(0.1);
        Arbitrary<String> postcode = Arbitraries.of("LS2 7EE", "ls27eb", "LS2 8AA", "LS3 1AA").injectNull(0.2);
        Arbitrary<String> address = Arbitraries.of("12 Walker Crescent", "12 Walkercrescent", "3 Elm Road")
                .injectNull(0.2);
        Arbitrary<String> sex = Arbitraries.of("M", "F").injectNull(0.3);
        Arbitrary<String> nhs = Arbitraries.of("9990001006", "9990001014", "1234567", "1243567").injectNull(0.5);
        Arbitrary<String> id = Arbitraries.strings().alpha().ofLength(6);
        return Combinators.combine(id, given, family, former, born, postcode, address, sex)
                .flatAs((i, g, f, fo, d, p, ad, s) -> nhs.map(n -> new PersonRecord(i, g, f, fo, d, s, p, ad, n,
                        null)));
    }

    static Object value(PersonRecord p, Edit edit) {
        return switch (edit) {
            case GIVEN_NAME -> p.givenName();
            case FAMILY_NAME -> p.familyName();
            case DATE_OF_BIRTH -> p.dateOfBirth();
            case POSTCODE -> p.postcode();
            case ADDRESS -> p.address();
            case SEX -> p.sex();
            case NHS_NUMBER -> p.nhsNumber();
        };
    }

    /** A value sharing nothing with the pools, or the other sex. */
    static Object stranger(PersonRecord a, Edit edit) {
        return switch (edit) {
            case GIVEN_NAME -> "Zebedee";
            case FAMILY_NAME -> "Vrzkowicz";
            case DATE_OF_BIRTH -> LocalDate.of(1950, 11, 27);
            case POSTCODE -> "ZE9 9ZZ";
            case ADDRESS -> "900 Xylophone Parade";
            case SEX -> "M".equals(a.sex()) ? "F" : "M";
            case NHS_NUMBER -> "5550009999";
        };
    }

    static PersonRecord with(PersonRecord p, Edit edit, Object value) {
        return new PersonRecord(p.id(),
                edit == Edit.GIVEN_NAME ? (String) value : p.givenName(),
                edit == Edit.FAMILY_NAME ? (String) value : p.familyName(), p.formerFamilyNames(),
                edit == Edit.DATE_OF_BIRTH ? (LocalDate) value : p.dateOfBirth(),
                edit == Edit.SEX ? (String) value : p.sex(),
                edit == Edit.POSTCODE ? (String) value : p.postcode(),
                edit == Edit.ADDRESS ? (String) value : p.address(),
                edit == Edit.NHS_NUMBER ? (String) value : p.nhsNumber(), p.upn());
    }
}
