package org.safeguardinghub.identity.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The keys under which a person is filed so that likely matches meet without comparing everyone
 * with everyone. Each key tolerates different errors, and a pair is a candidate if it shares any
 * one: a typo in the name still meets on date of birth, a wrong date still meets on the names.
 * Keys on a name also carry the other name's initial or the birth year, because a common name on
 * its own would put thousands of people in one block.
 */
final class BlockingKeys {

    private BlockingKeys() {
    }

    static List<String> of(NormalisedPerson person) {
        List<String> keys = new ArrayList<>(8);
        LocalDate born = person.dateOfBirth();
        String family = person.familySound();
        String given = person.givenSound();
        if (family != null && born != null) {
            keys.add("s" + family + born.getYear() + initial(person.given()));
        }
        if (given != null && born != null) {
            keys.add("g" + given + born.getYear() + initial(person.family()));
        }
        if (born != null) {
            addWithBirthDate(keys, person, born.getYear() + dayAndMonthEitherWay(born));
        }
        if (born != null && person.houseNumber() != null) {
            keys.add("dh" + person.houseNumber() + "|" + born.getYear() + dayAndMonthEitherWay(born));
        }
        if (born != null && (person.given() != null || person.family() != null)) {
            keys.add("i" + eitherOrder(initial(person.given()), initial(person.family())) + dayAndMonthEitherWay(born));
        }
        if (given != null && family != null) {
            keys.add("n" + eitherOrder(given, family));
        }
        if (person.postcode() != null) {
            keys.add("p" + person.postcode());
        }
        if (person.houseNumber() != null) {
            addWithHouseNumber(keys, person);
        }
        if (person.identifier() != null) {
            keys.add("x" + person.identifier());
        }
        if (person.upn() != null) {
            keys.add("u" + person.upn());
        }
        return keys;
    }

    /**
     * The birth date (day and month either way) with each name's initial, whichever field the name
     * is in, so that one name may be wholly different and the names swapped; with no names, the date
     * alone.
     */
    private static void addWithBirthDate(List<String> keys, NormalisedPerson person, String date) {
        keys.add("d" + date);
        if (person.given() != null) {
            keys.add("dn" + initial(person.given()) + date);
        }
        if (person.family() != null && (person.given() == null || person.given().charAt(0) != person.family().charAt(0))) {
            keys.add("dn" + initial(person.family()) + date);
        }
    }

    /** Day and month in a fixed order, so 14/3 and 3/14 (swapped on entry) file together. */
    private static String dayAndMonthEitherWay(LocalDate date) {
        int low = Math.min(date.getDayOfMonth(), date.getMonthValue());
        int high = Math.max(date.getDayOfMonth(), date.getMonthValue());
        return "-" + low + "-" + high;
    }

    private static String initial(String name) {
        return name == null ? "" : name.substring(0, 1);
    }

    private static String eitherOrder(String first, String second) {
        return first.compareTo(second) <= 0 ? first + "|" + second : second + "|" + first;
    }

    /**
     * For data without dates of birth (as in a census): the house number, one name's sound and the
     * other's initial, so a misspelt name still meets at its home without the whole street. And the
     * house number, family name's sound and postcode district, so that a record whose given name and
     * birth date are both wrong still meets at home (no key for a census without postcodes, where it
     * would bring a whole household together).
     */
    private static void addWithHouseNumber(List<String> keys, NormalisedPerson person) {
        if (person.familySound() != null) {
            keys.add("hf" + person.houseNumber() + "|" + person.familySound() + "|" + initial(person.given()));
        }
        if (person.givenSound() != null) {
            keys.add("hg" + person.houseNumber() + "|" + person.givenSound() + "|" + initial(person.family()));
        }
        if (person.postcodeDistrict() != null && person.familySound() != null) {
            keys.add("hp" + person.houseNumber() + "|" + person.familySound() + "|" + person.postcodeDistrict());
        }
    }
}
