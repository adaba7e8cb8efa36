package org.safeguardinghub.chronology.children;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Names folded for comparison: without accents, case or extra spaces, so "Zoë  O'Brien" and
 * "ZOE O'BRIEN" are the same name. Letters that Unicode does not decompose (ø, æ, ß, ł…) are
 * spelled out the way English records usually write them.
 */
public final class NameKey {

    private static final Map<Character, String> SPELLED_OUT = Map.ofEntries(
            Map.entry('ø', "o"), Map.entry('æ', "ae"), Map.entry('œ', "oe"), Map.entry('ß', "ss"),
            Map.entry('ł', "l"), Map.entry('đ', "d"), Map.entry('ð', "d"), Map.entry('þ', "th"),
            Map.entry('ı', "i"));

    private NameKey() {
    }

    public static String fold(String name) {
        if (name == null) {
            return "";
        }
        // most names are plain ASCII, which has no marks to take off and nothing to spell out
        String text = isAscii(name) ? name.toLowerCase(Locale.ROOT) : withoutMarksOrCase(name);
        return singleSpaced(text).strip();
    }

    /**
     * Each run of white space (what the pattern {@code \s+} matches: space, tab, line feed, vertical
     * tab, form feed, carriage return) as one space. A loop rather than the pattern, which made a
     * matcher for each of the four folds a sighting takes (issue 18's profile).
     */
    static String singleSpaced(String text) {
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!isSpace(text.charAt(i))) {
                continue;
            }
            int end = i + 1;
            while (end < text.length() && isSpace(text.charAt(end))) {
                end++;
            }
            if (end > i + 1 || text.charAt(i) != ' ') {
                out = out == null ? new StringBuilder(text.length()) : out;
                out.append(text, copied, i).append(' ');
                copied = end;
            }
            i = end - 1;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Lower case, without marks, with letters that do not decompose spelled out. */
    static String withoutMarksOrCase(String name) {
        // lower case both before and after decomposing: some letters only decompose, or only
        // lose their case, once the other step has been done
        String text = withoutMarks(withoutMarks(name).toLowerCase(Locale.ROOT));
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(SPELLED_OUT.getOrDefault(c, String.valueOf(c)));
        }
        return out.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static String withoutMarks(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : Normalizer.normalize(text, Normalizer.Form.NFKD).toCharArray()) {
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The key of a whole name: given and family name folded, joined by a bar. */
    public static String of(String givenName, String familyName) {
        return fold(givenName) + "|" + fold(familyName);
    }
}
