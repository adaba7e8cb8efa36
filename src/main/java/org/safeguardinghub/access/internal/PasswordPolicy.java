package org.safeguardinghub.access.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be (issue 18, ADR 0030), with every reason it is not: long enough to
 * resist guessing (NCSC and NIST SP 800-63B favour length over composition rules, so there are no
 * rules about digits or symbols), not so long that hashing it costs more than a sign-in should, not
 * made of the username, not one character repeated, not on the list of the commonest passwords, and
 * not the one it replaces. Plain Java; the page shows each reason.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    /** The commonest passwords of at least twelve characters in public breach lists. */
    private static final Set<String> COMMON = Set.of("123456789012", "qwertyuiopas", "password1234",
            "passwordpassword", "111111111111", "123123123123", "iloveyou1234", "qwerty123456",
            "abc123456789", "password12345", "welcome12345", "letmein12345", "safeguarding", "safeguarding1",
            "changeme1234", "administrator", "1q2w3e4r5t6y", "qwertyuiop12");

    public enum Reason {
        TOO_SHORT, TOO_LONG, CONTAINS_USERNAME, ONE_CHARACTER, COMMON, SAME_AS_CURRENT, NOT_CONFIRMED;

        public String messageKey() {
            return "password.error." + name();
        }
    }

    /** The reasons this password may not be used; empty when it may. */
    public List<Reason> check(String username, String password, String confirmation, boolean sameAsCurrent) {
        List<Reason> reasons = new ArrayList<>();
        String candidate = password == null ? "" : password;
        int length = candidate.codePointCount(0, candidate.length());
        if (length < MIN_LENGTH) {
            reasons.add(Reason.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            reasons.add(Reason.TOO_LONG);
        }
        String lower = candidate.toLowerCase(Locale.ROOT);
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            reasons.add(Reason.CONTAINS_USERNAME);
        }
        if (!candidate.isEmpty() && candidate.codePoints().distinct().count() == 1) {
            reasons.add(Reason.ONE_CHARACTER);
        }
        if (COMMON.contains(lower)) {
            reasons.add(Reason.COMMON);
        }
        if (sameAsCurrent) {
            reasons.add(Reason.SAME_AS_CURRENT);
        }
        if (!candidate.equals(confirmation == null ? "" : confirmation)) {
            reasons.add(Reason.NOT_CONFIRMED);
        }
        return List.copyOf(reasons);
    }
}
