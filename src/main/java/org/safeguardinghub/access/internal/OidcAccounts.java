package org.safeguardinghub.access.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.access.Practitioners;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links the identity provider's person to a hub account and decides on them (ADR 0030): by the
 * username claim, else by a verified e-mail that exactly one account has; never by creating an
 * account (who works for which agency, and with which children, is the hub administrator's
 * record). The provider's groups are the truth about roles: an account whose roles differ has
 * them changed, audited, and its other sessions ended, as an administrator's change would.
 */
@Component
class OidcAccounts {

    static final String AUDIT_NAME = "single sign-on";

    private final Practitioners practitioners;
    private final OpenSessions sessions;
    private final AuditLog auditLog;
    private final OidcProperties properties;

    OidcAccounts(Practitioners practitioners, OpenSessions sessions, AuditLog auditLog, OidcProperties properties) {
        this.practitioners = practitioners;
        this.sessions = sessions;
        this.auditLog = auditLog;
        this.properties = properties;
    }

    /** The hub account the person signs in as; refused (and audited) as {@link OidcGroupMapping} decides. */
    @Transactional(noRollbackFor = OidcSignInRefused.class)
    HubUser signIn(OidcUser person) {
        Optional<Practitioner> linked = link(person);
        OidcGroupMapping.Decision decision = properties.mapping().decide(groups(person),
                linked.map(p -> new OidcGroupMapping.Account(p.active(), p.agency().code())).orElse(null));
        String name = linked.map(Practitioner::username).orElse(claimedName(person));
        if (!decision.allowed()) {
            auditLog.recordUnauthenticated(name, AuditAction.SIGN_IN_FAILED,
                    AUDIT_NAME + " refused: " + decision.reason() + "; " + decision.detail());
            throw new OidcSignInRefused(decision.reason());
        }
        Practitioner practitioner = linked.orElseThrow();
        if (!practitioner.roles().equals(decision.roles())) {
            practitioners.changeRoles(practitioner.username(), decision.roles());
            int ended = sessions.end(practitioner.username());
            auditLog.recordSystem(AUDIT_NAME, AuditAction.CHANGE_ROLES, practitioner.username() + " "
                    + decision.roles() + " from the identity provider, " + decision.detail() + ", sessions ended: " + ended);
        }
        return new HubUser(new Practitioner(practitioner.id(), practitioner.username(), practitioner.displayName(),
                practitioner.jobTitle(), practitioner.email(), practitioner.phone(), practitioner.agency(),
                practitioner.team(), decision.roles(), true), null);
    }

    private Optional<Practitioner> link(OidcUser person) {
        String username = person.getClaimAsString(properties.usernameClaim());
        if (username != null && !username.isBlank()) {
            Optional<Practitioner> byUsername = practitioners.byUsername(username);
            if (byUsername.isPresent()) {
                return byUsername;
            }
        }
        String email = person.getClaimAsString(properties.emailClaim());
        if (email == null || email.isBlank() || !Boolean.TRUE.equals(person.getEmailVerified())) {
            return Optional.empty();
        }
        List<Practitioner> byEmail = practitioners.byEmail(email.strip());
        return byEmail.size() == 1 ? Optional.of(byEmail.getFirst()) : Optional.empty();
    }

    private List<String> groups(OidcUser person) {
        Object claim = person.getClaims().get(properties.groupsClaim());
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return claim == null ? List.of() : List.of(String.valueOf(claim));
    }

    private String claimedName(OidcUser person) {
        String username = person.getClaimAsString(properties.usernameClaim());
        String name = username == null || username.isBlank() ? "oidc:" + person.getSubject() : username;
        return name.length() > 100 ? name.substring(0, 100) : name;
    }
}
