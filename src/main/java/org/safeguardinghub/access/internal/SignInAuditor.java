package org.safeguardinghub.access.internal;

import org.safeguardinghub.access.Agencies;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/** Writes practitioners' sign-ins, failed sign-ins and sign-outs to the audit log. */
@Component
class SignInAuditor {

    private final AuditLog auditLog;
    private final Agencies agencies;

    SignInAuditor(AuditLog auditLog, Agencies agencies) {
        this.auditLog = auditLog;
        this.agencies = agencies;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken token
                && token.getPrincipal() instanceof HubUser user) {
            agencies.byId(user.agencyId())
                    .ifPresent(agency -> auditLog.record(user.toViewer(agency), AuditAction.SIGN_IN, null, null));
        }
        if (event.getAuthentication().getPrincipal() instanceof HubOidcUser person) {
            agencies.byId(person.hubUser().agencyId()).ifPresent(agency -> auditLog.record(
                    person.hubUser().toViewer(agency), AuditAction.SIGN_IN, null, OidcAccounts.AUDIT_NAME));
        }
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken token) {
            String attempted = String.valueOf(token.getPrincipal());
            auditLog.recordUnauthenticated(attempted.length() > 100 ? attempted.substring(0, 100) : attempted,
                    AuditAction.SIGN_IN_FAILED,
                    event.getException() instanceof SignInRefused refused ? refused.auditDetail()
                            : event.getException().getClass().getSimpleName());
        }
    }

    @EventListener
    void onSignOut(LogoutSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof HubUser user) {
            agencies.byId(user.agencyId())
                    .ifPresent(agency -> auditLog.record(user.toViewer(agency), AuditAction.SIGN_OUT, null, null));
        }
        if (event.getAuthentication().getPrincipal() instanceof HubOidcUser person) {
            agencies.byId(person.hubUser().agencyId()).ifPresent(agency -> auditLog.record(
                    person.hubUser().toViewer(agency), AuditAction.SIGN_OUT, null, OidcAccounts.AUDIT_NAME));
        }
    }
}
