package org.safeguardinghub.access.internal;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.ApiClients;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.stereotype.Component;

/**
 * Partner tokens are self-contained JWTs checked by signature, so nothing about them needs to be
 * stored (which keeps every node stateless); issuing one is written to the audit log instead.
 * Without stored authorizations, token introspection and revocation are not offered: a client is
 * stopped by deactivating it (see {@link ApiClients#isActive}).
 */
@Component
class AuditingAuthorizationService implements OAuth2AuthorizationService {

    private final AuditLog auditLog;
    private final ApiClients clients;

    AuditingAuthorizationService(AuditLog auditLog, ApiClients clients) {
        this.auditLog = auditLog;
        this.clients = clients;
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        clients.byClientId(authorization.getPrincipalName()).ifPresent(client -> auditLog.record(
                new Actor.PartnerSystem(client.clientId(), client.agency()), AuditAction.TOKEN_ISSUED, null, null));
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        // nothing is stored
    }

    @Override
    public OAuth2Authorization findById(String id) {
        return null;
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        return null;
    }
}
