package org.safeguardinghub.access;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.safeguardinghub.access.internal.OpenSessions;
import org.safeguardinghub.access.internal.PasswordChanges;
import org.safeguardinghub.access.internal.SecondFactors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adding agencies, practitioners and API clients, from the administration pages and the command
 * line alike: the same checks, the same audit entries. Problems are reported per field as message
 * keys; a secret or initial password is returned once and never stored in clear.
 */
@Service
public class Administration {

    static final Pattern AGENCY_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,39}");
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,63}");

    /** Who is making the change, for the audit log. */
    public record ChangedBy(String kind, String name, Actor viewer) {

        public static ChangedBy of(Actor viewer) {
            return new ChangedBy("PRACTITIONER", viewer.auditName(), viewer);
        }

        public static ChangedBy system(String name) {
            return new ChangedBy("SYSTEM", name, null);
        }
    }

    /** Either what was made, or the problems by field (message keys). */
    public record Outcome<T>(T made, Map<String, String> errors) {

        static <T> Outcome<T> made(T value) {
            return new Outcome<>(value, Map.of());
        }

        static <T> Outcome<T> invalid(Map<String, String> errors) {
            return new Outcome<>(null, Map.copyOf(errors));
        }

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    public record NewPractitionerAccount(Practitioner practitioner, String initialPassword) {
    }

    private final Agencies agencies;
    private final Practitioners practitioners;
    private final ApiClients clients;
    private final AuditLog auditLog;
    private final OpenSessions sessions;
    private final SecondFactors secondFactors;
    private final PasswordChanges passwordChanges;

    Administration(Agencies agencies, Practitioners practitioners, ApiClients clients, AuditLog auditLog,
                   OpenSessions sessions, SecondFactors secondFactors, PasswordChanges passwordChanges) {
        this.agencies = agencies;
        this.practitioners = practitioners;
        this.clients = clients;
        this.auditLog = auditLog;
        this.sessions = sessions;
        this.secondFactors = secondFactors;
        this.passwordChanges = passwordChanges;
    }

    @Transactional
    public Outcome<Agency> addAgency(ChangedBy actor, String code, String name, String type, String area) {
        Map<String, String> errors = new LinkedHashMap<>();
        String cleanCode = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!AGENCY_CODE.matcher(cleanCode).matches()) {
            errors.put("code", "admin.error.agencyCode");
        } else if (agencies.exists(cleanCode)) {
            errors.put("code", "admin.error.agencyCode.taken");
        }
        requireText(errors, "name", name, 200);
        requireText(errors, "area", area, 100);
        AgencyType agencyType = parse(AgencyType.class, type);
        if (agencyType == null) {
            errors.put("type", "admin.error.agencyType");
        }
        if (!errors.isEmpty()) {
            return Outcome.invalid(errors);
        }
        Agency agency = agencies.create(new Agencies.NewAgency(cleanCode, name.strip(), agencyType, area.strip()));
        audit(actor, AuditAction.ADD_AGENCY, agency.code() + " " + agency.name());
        return Outcome.made(agency);
    }

    @Transactional
    public Outcome<NewPractitionerAccount> addPractitioner(ChangedBy actor, String username, String displayName,
                                                          String jobTitle, String email, String phone,
                                                          String agencyCode, String team, Set<String> roles,
                                                          String password) {
        Map<String, String> errors = new LinkedHashMap<>();
        String cleanUsername = Practitioners.normalise(username);
        if (!USERNAME.matcher(cleanUsername).matches()) {
            errors.put("username", "admin.error.username");
        } else if (practitioners.exists(cleanUsername)) {
            errors.put("username", "admin.error.username.taken");
        }
        requireText(errors, "displayName", displayName, 200);
        if (email != null && !email.isBlank() && (!email.contains("@") || email.length() > 254)) {
            errors.put("email", "admin.error.email");
        }
        Agency agency = agencies.byCode(agencyCode).orElse(null);
        if (agency == null) {
            errors.put("agency", "admin.error.agency");
        }
        Set<Role> parsedRoles = roles(roles, errors);
        if (password != null && !password.isBlank() && password.length() < 12) {
            errors.put("password", "admin.error.password");
        }
        if (!errors.isEmpty()) {
            return Outcome.invalid(errors);
        }
        String initial = password == null || password.isBlank() ? ApiClients.newSecret() : password;
        Practitioner practitioner = practitioners.create(new Practitioners.NewPractitioner(cleanUsername,
                displayName.strip(), blankToNull(jobTitle), blankToNull(email), blankToNull(phone), agency.id(),
                blankToNull(team), parsedRoles), initial);
        audit(actor, AuditAction.ADD_PRACTITIONER, practitioner.username() + " (" + agency.code() + ") " + parsedRoles);
        return Outcome.made(new NewPractitionerAccount(practitioner, initial));
    }

    /** The roles named, at least one, each a known role; otherwise a problem for the "roles" field. */
    private static Set<Role> roles(Set<String> names, Map<String, String> errors) {
        Set<Role> parsed = EnumSet.noneOf(Role.class);
        for (String name : names == null ? Set.<String>of() : names) {
            Role role = parse(Role.class, name);
            if (role == null) {
                errors.put("roles", "admin.error.roles");
            } else {
                parsed.add(role);
            }
        }
        if (parsed.isEmpty()) {
            errors.putIfAbsent("roles", "admin.error.roles");
        }
        return parsed;
    }

    @Transactional
    public Outcome<ApiClients.IssuedSecret> addClient(ChangedBy actor, String clientId, String agencyCode, String description) {
        Map<String, String> errors = new LinkedHashMap<>();
        String cleanId = clientId == null ? "" : clientId.strip();
        if (!CLIENT_ID.matcher(cleanId).matches()) {
            errors.put("clientId", "admin.error.clientId");
        } else if (clients.exists(cleanId)) {
            errors.put("clientId", "admin.error.clientId.taken");
        }
        Agency agency = agencies.byCode(agencyCode).orElse(null);
        if (agency == null) {
            errors.put("agency", "admin.error.agency");
        }
        if (!errors.isEmpty()) {
            return Outcome.invalid(errors);
        }
        ApiClients.IssuedSecret issued = clients.create(cleanId, agency.id(), blankToNull(description));
        audit(actor, AuditAction.ADD_API_CLIENT, cleanId + " for " + agency.code());
        return Outcome.made(issued);
    }

    /**
     * Deactivates a practitioner (issue 18): they cannot sign in, and every session they have open
     * ends now, on every node (sessions are kept in the database).
     */
    @Transactional
    public Outcome<String> deactivatePractitioner(ChangedBy actor, String username) {
        if (!practitioners.deactivate(username)) {
            return Outcome.invalid(Map.of("username", "admin.error.username.unknown"));
        }
        int ended = sessions.end(Practitioners.normalise(username));
        audit(actor, AuditAction.DEACTIVATE_PRACTITIONER, Practitioners.normalise(username) + ", sessions ended: " + ended);
        return Outcome.made(Practitioners.normalise(username));
    }

    /** Changes a practitioner's roles; their open sessions end, since a session keeps the roles it began with. */
    @Transactional
    public Outcome<String> changeRoles(ChangedBy actor, String username, Set<String> roles) {
        Map<String, String> errors = new LinkedHashMap<>();
        Set<Role> parsed = roles(roles, errors);
        if (errors.isEmpty() && !practitioners.changeRoles(username, parsed)) {
            errors.put("username", "admin.error.username.unknown");
        }
        if (!errors.isEmpty()) {
            return Outcome.invalid(errors);
        }
        int ended = sessions.end(Practitioners.normalise(username));
        audit(actor, AuditAction.CHANGE_ROLES, Practitioners.normalise(username) + " " + parsed + ", sessions ended: " + ended);
        return Outcome.made(Practitioners.normalise(username));
    }

    /**
     * Removes a practitioner's second factor (a lost phone, ADR 0030): they sign in with their password
     * alone until they set one up again. Audited; the removed factor is kept, marked who removed it.
     */
    @Transactional
    public Outcome<String> resetSecondFactor(ChangedBy actor, String username) {
        Practitioner practitioner = practitioners.byUsername(username).filter(Practitioner::active).orElse(null);
        if (practitioner == null) {
            return Outcome.invalid(Map.of("username", "admin.error.username.unknown"));
        }
        if (!secondFactors.remove(practitioner.id(), actor.name())) {
            return Outcome.invalid(Map.of("username", "admin.error.secondFactor.none"));
        }
        audit(actor, AuditAction.RESET_SECOND_FACTOR, practitioner.username());
        return Outcome.made(practitioner.username());
    }

    /**
     * Issues a one-time link with which a practitioner sets a new password (ADR 0030): shown to the
     * administrator, who gives it to the person; audited. Returns the link's token.
     */
    @Transactional
    public Outcome<String> issuePasswordReset(ChangedBy actor, String username) {
        Practitioner practitioner = practitioners.byUsername(username).filter(Practitioner::active).orElse(null);
        if (practitioner == null) {
            return Outcome.invalid(Map.of("username", "admin.error.username.unknown"));
        }
        String token = passwordChanges.issueReset(practitioner, actor.name());
        audit(actor, AuditAction.ISSUE_PASSWORD_RESET, practitioner.username());
        return Outcome.made(token);
    }

    /** Deactivates an API client: no new tokens, and the ones it holds are refused ({@link ApiClients#deactivate}). */
    @Transactional
    public Outcome<String> deactivateClient(ChangedBy actor, String clientId) {
        String cleanId = clientId == null ? "" : clientId.strip();
        if (!clients.deactivate(cleanId)) {
            return Outcome.invalid(Map.of("clientId", "admin.error.clientId.unknown"));
        }
        audit(actor, AuditAction.DEACTIVATE_API_CLIENT, cleanId);
        return Outcome.made(cleanId);
    }

    private void audit(ChangedBy actor, AuditAction action, String detail) {
        if (actor.viewer() != null) {
            auditLog.record(actor.viewer(), action, null, detail);
        } else {
            auditLog.recordSystem(actor.name(), action, detail);
        }
    }

    private static void requireText(Map<String, String> errors, String field, String value, int max) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            errors.put(field, "admin.error." + field);
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        if (name == null) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equalsIgnoreCase(name.strip()))
                .findFirst().orElse(null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
