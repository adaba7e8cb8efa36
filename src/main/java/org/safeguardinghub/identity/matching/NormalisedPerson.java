package org.safeguardinghub.identity.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.codec.language.DoubleMetaphone;
import org.safeguardinghub.chronology.NhsNumber;

/**
 * A person record made comparable once, with everything the comparisons and blocking keys need
 * worked out up front: an index holds a million of these and compares each against many
 * incoming records, so nothing here should be recomputed per comparison.
 */
public record NormalisedPerson(String id, String given, String family, List<String> formerFamilies, LocalDate dateOfBirth,
                        String sex, String postcode, String postcodeSector, String postcodeDistrict,
                        int[] addressPairs, String houseNumber, String identifier, boolean validNhsNumber,
                        String upn, String givenSound, String familySound) {

    private static final ThreadLocal<DoubleMetaphone> METAPHONE = ThreadLocal.withInitial(DoubleMetaphone::new);

    static NormalisedPerson of(PersonRecord person) {
        String given = Normalise.text(person.givenName());
        String family = Normalise.text(person.familyName());
        String postcode = Normalise.postcode(person.postcode());
        String address = Normalise.text(person.address());
        String identifier = Normalise.identifier(person.nhsNumber());
        return new NormalisedPerson(person.id(), given, family, formerFamilies(person), person.dateOfBirth(),
                Normalise.sex(person.sex()), postcode, sector(postcode), district(postcode), letterPairs(address),
                houseNumber(address), identifier, NhsNumber.isValid(identifier), Normalise.identifier(person.upn()),
                sound(given), sound(family));
    }

    public static List<NormalisedPerson> all(List<PersonRecord> records) {
        return records.stream().map(NormalisedPerson::of).toList();
    }

    static String sound(String name) {
        if (name == null) {
            return null;
        }
        String code = METAPHONE.get().doubleMetaphone(name.replace(" ", ""));
        return code == null || code.isEmpty() ? name : code;
    }

    private static List<String> formerFamilies(PersonRecord person) {
        List<String> names = new ArrayList<>();
        for (String former : person.formerFamilyNames()) {
            String name = Normalise.text(former);
            if (name != null) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }

    /** UK "SW1A 1AA" has sector "SW1A 1"; elsewhere (FEBRL's 4-digit codes) all but the last character. */
    static String sector(String postcode) {
        if (postcode == null || postcode.length() < 3) {
            return null;
        }
        int space = postcode.indexOf(' ');
        return space > 0 ? postcode.substring(0, space + 2) : postcode.substring(0, postcode.length() - 1);
    }

    /** UK outward code ("SW1A"); elsewhere all but the last two characters. */
    static String district(String postcode) {
        if (postcode == null || postcode.length() < 4) {
            return null;
        }
        int space = postcode.indexOf(' ');
        return space > 0 ? postcode.substring(0, space) : postcode.substring(0, postcode.length() - 2);
    }

    /**
     * The address without its numbers (which {@link #houseNumber} compares on their own) as sorted
     * letter pairs of its words run together: "walker crescent" and "walkercerscent" share most
     * pairs although no word is the same.
     */
    private static int[] letterPairs(String address) {
        if (address == null) {
            return null;
        }
        String letters = Arrays.stream(address.split(" ")).filter(word -> !hasDigit(word)).reduce("", String::concat);
        if (letters.length() < 2) {
            return null;
        }
        int[] pairs = new int[letters.length() - 1];
        for (int i = 0; i < pairs.length; i++) {
            pairs[i] = letters.charAt(i) << 16 | letters.charAt(i + 1);
        }
        Arrays.sort(pairs);
        return pairs;
    }

    private static String houseNumber(String address) {
        if (address == null) {
            return null;
        }
        return Arrays.stream(address.split(" ")).filter(NormalisedPerson::hasDigit).findFirst().orElse(null);
    }

    private static boolean hasDigit(String word) {
        return word.chars().anyMatch(Character::isDigit);
    }

    boolean hasBothNames() {
        return given != null && family != null;
    }
}
