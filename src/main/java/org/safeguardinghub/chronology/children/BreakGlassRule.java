package org.safeguardinghub.chronology.children;

import java.util.LinkedHashMap;
import java.util.Map;

import org.safeguardinghub.chronology.BreakGlass;
import org.safeguardinghub.chronology.NhsNumber;

/**
 * What emergency access asks for: the child identified exactly (a valid NHS number, or given name,
 * family name and date of birth) and a reason of some substance, so that every look-up can be
 * answered for. Plain Java; the problems come back by field as message keys.
 */
public final class BreakGlassRule {

    public static final int MIN_REASON = 10;
    public static final int MAX_REASON = 1000;

    private BreakGlassRule() {
    }

    public static Map<String, String> problems(BreakGlass.Identification who, String reason) {
        Map<String, String> problems = new LinkedHashMap<>();
        boolean byNumber = who.nhsNumber() != null && !who.nhsNumber().isBlank();
        if (byNumber && !NhsNumber.isValid(NhsNumber.normalise(who.nhsNumber()))) {
            problems.put("nhsNumber", "breakGlass.error.nhsNumber");
        }
        boolean byName = present(who.givenName()) && present(who.familyName()) && who.dateOfBirth() != null;
        if (!byNumber && !byName) {
            problems.put("child", "breakGlass.error.identify");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.length() < MIN_REASON || why.length() > MAX_REASON) {
            problems.put("reason", "breakGlass.error.reason");
        }
        return problems;
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
