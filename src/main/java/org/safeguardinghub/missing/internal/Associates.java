package org.safeguardinghub.missing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * The people a report says a child was found with, from the free text it gives ("Jay, Kaz and Dee"),
 * so that "associates seen with more than one missing child" (issue 16) counts people, not strings:
 * the text is split at commas, semicolons, ampersands and the word "and" (in any case, standing
 * alone); each name is its words joined by one space; empty names are dropped. Names are compared
 * without regard to case ({@link #key}). Plain Java.
 *
 * <p>The patterns table's summaries are kept in SQL (ADR 0034): {@code missing_patterns.people(text)}
 * (migration V85) applies this rule there, and {@code AssociatesSqlIT} checks that it gives exactly
 * what this class gives on generated text. Only ASCII white space separates words (the same in Java
 * and PostgreSQL, whatever the database's locale); a no-break space is part of a name.
 */
public final class Associates {

    /** Characters that separate people wherever they stand ("Jay,Kaz" too). */
    private static final Pattern MARKS = Pattern.compile("([,;&])");
    /** ASCII white space: what the SQL's {@code [ \t\n\r\f\v]} matches. */
    private static final Pattern SPACE = Pattern.compile("[ \\t\\n\\r\\f\\u000B]+");
    /** "and" standing alone, in any case: ASCII letters only, so no locale's case rules come in. */
    private static final Pattern AND = Pattern.compile("[aA][nN][dD]");

    private Associates() {
    }

    /** The people named, in the order given; none for no text. */
    public static List<String> people(String foundWith) {
        if (foundWith == null) {
            return List.of();
        }
        List<String> people = new ArrayList<>();
        StringJoiner name = new StringJoiner(" ");
        for (String word : SPACE.split(MARKS.matcher(foundWith).replaceAll(" $1 "))) {
            if (separates(word)) {
                add(people, name);
                name = new StringJoiner(" ");
            } else if (!word.isEmpty()) {
                name.add(word);
            }
        }
        add(people, name);
        return List.copyOf(people);
    }

    /** How two names are compared: without regard to case. */
    public static String key(String person) {
        return person.toLowerCase(Locale.ROOT);
    }

    private static boolean separates(String word) {
        return MARKS.matcher(word).matches() || AND.matcher(word).matches();
    }

    private static void add(List<String> people, StringJoiner name) {
        if (name.length() > 0) {
            people.add(name.toString());
        }
    }
}
