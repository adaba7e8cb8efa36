package org.safeguardinghub.shared.internal;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads and rewrites PostgreSQL's {@code pg_hba.conf}: whether any rule lets a connection in
 * without a password ({@code trust}), and the same rules with {@code scram-sha-256} in place of
 * {@code trust}, everything else (comments, other rules, options) kept as it was. Plain Java.
 */
public final class HostBasedAuthentication {

    static final String TRUST = "trust";
    static final String PASSWORD = "scram-sha-256";

    private static final Set<String> METHODS = Set.of(TRUST, "reject", PASSWORD, "md5", "password", "gss", "sspi",
            "ident", "peer", "ldap", "radius", "cert", "pam", "bsd", "oauth");
    private static final Pattern FIELD = Pattern.compile("\\S+");

    private HostBasedAuthentication() {
    }

    public static boolean trustsAnyConnection(String hba) {
        return hba.lines().anyMatch(line -> TRUST.equals(method(line)));
    }

    public static String requiringPasswords(String hba) {
        return hba.lines().map(HostBasedAuthentication::requiringPassword)
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static String requiringPassword(String line) {
        if (!TRUST.equals(method(line))) {
            return line;
        }
        Matcher field = FIELD.matcher(rule(line));
        int index = methodIndex(fields(line));
        for (int i = 0; i <= index; i++) {
            field.find();
        }
        return line.substring(0, field.start()) + PASSWORD + line.substring(field.end());
    }

    /** The rule's authentication method, or null for a comment, a blank line or an include directive. */
    static String method(String line) {
        List<String> fields = fields(line);
        int index = methodIndex(fields);
        return index < 0 ? null : fields.get(index);
    }

    /**
     * A rule is {@code local DATABASE USER METHOD [OPTIONS]} or {@code host* DATABASE USER ADDRESS
     * [MASK] METHOD [OPTIONS]}; the method is the first known method name from where it may stand.
     */
    private static int methodIndex(List<String> fields) {
        if (fields.isEmpty()) {
            return -1;
        }
        int first = fields.getFirst().equals("local") ? 3 : fields.getFirst().startsWith("host") ? 4 : -1;
        for (int i = first; i >= 0 && i < fields.size() && i <= first + 1; i++) {
            if (METHODS.contains(fields.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> fields(String line) {
        return FIELD.matcher(rule(line)).results().map(m -> m.group()).toList();
    }

    /** The line without its comment. */
    private static String rule(String line) {
        int comment = line.indexOf('#');
        return comment < 0 ? line : line.substring(0, comment);
    }
}
