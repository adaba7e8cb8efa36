package org.safeguardinghub.identity.matching;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one place where text is made comparable: agencies differ in case, accents ("Zoë"),
 * punctuation ("O'Neill", "Smith-Jones") and postcode spacing, none of which says anything
 * about whether two records are the same person.
 */
final class Normalise {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’`]");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern UK_POSTCODE = Pattern.compile("^([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})$");

    private Normalise() {
    }

    /** Lower case, no accents, apostrophes dropped (O'Neill = ONeill) and other punctuation as spaces. */
    static String text(String value) {
        if (value == null) {
            return null;
        }
        String plain = COMBINING_MARKS.matcher(Normalizer.normalize(value, Normalizer.Form.NFD)).replaceAll("");
        String words = NOT_LETTER_OR_DIGIT.matcher(APOSTROPHES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(""))
                .replaceAll(" ").strip();
        return words.isEmpty() ? null : words;
    }

    /** UK postcodes as "SW1A 1AA" whatever the spacing; anything else upper-cased without spaces. */
    static String postcode(String value) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        String compact = text.replace(" ", "").toUpperCase(Locale.ROOT);
        var uk = UK_POSTCODE.matcher(compact);
        return uk.matches() ? uk.group(1) + " " + uk.group(2) : compact;
    }

    /** Only M and F carry information; "unknown", "not stated" and the like are missing. */
    static String sex(String value) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        char first = text.charAt(0);
        return first == 'm' || first == 'f' ? String.valueOf(first) : null;
    }

    /** Identifiers compare as their letters and digits alone, upper case. */
    static String identifier(String value) {
        String text = text(value);
        return text == null ? null : text.replace(" ", "").toUpperCase(Locale.ROOT);
    }
}
