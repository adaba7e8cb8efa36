package org.safeguardinghub.access.internal;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.ApiClients;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.stereotype.Component;

/**
 * Partner tokens are self-contained JWTs checked by signature, so nothing about them needs to be
 * stored (which keeps every node stateless); issuing one is written to the audit log instead.
 * Revocation (issue 18, ADR 0030) works from the token itself: {@link #findByToken} reads a token
 * the hub signed and has not yet expired back into an authorization, and when the revocation
 * endpoint saves it invalidated, its id is kept in {@link RevokedTokens} until it expires.
 * Introspection is not offered.
 */
@Component
@ConditionalOnWebApplication // the token endpoints are web only; the admin commands run without them
class AuditingAuthorizationService implements OAuth2AuthorizationService {

    private static final String JTI = "jti";

    private final AuditLog auditLog;
    private final ApiClients clients;
    private final JwtDecoder tokens;
    private final AgencyClientRepository registeredClients;
    private final RevokedTokens revoked;

    AuditingAuthorizationService(AuditLog auditLog, ApiClients clients, JwtDecoder tokens,
                                 AgencyClientRepository registeredClients, RevokedTokens revoked) {
        this.auditLog = auditLog;
        this.clients = clients;
        this.tokens = tokens;
        this.registeredClients = registeredClients;
        this.revoked = revoked;
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        OAuth2Authorization.Token<OAuth2AccessToken> access = authorization.getAccessToken();
        boolean revocation = access != null && access.isInvalidated() && authorization.getAttribute(JTI) != null;
        if (revocation) {
            revoked.revoke(authorization.getAttribute(JTI), authorization.getPrincipalName(),
                    access.getToken().getExpiresAt());
        }
        clients.byClientId(authorization.getPrincipalName()).ifPresent(client -> auditLog.record(
                new Actor.PartnerSystem(client.clientId(), client.agency()),
                revocation ? AuditAction.TOKEN_REVOKED : AuditAction.TOKEN_ISSUED, null,
                revocation ? "jti " + authorization.getAttribute(JTI) : null));
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        // nothing is stored
    }

    @Override
    public OAuth2Authorization findById(String id) {
        return null;
    }

    /**
     * A valid, unexpired token this hub signed, as the authorization it was issued under; nothing for
     * anything else (RFC 7009: revoking an unknown or expired token answers 200 and does nothing).
     */
    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        if (tokenType != null && !OAuth2TokenType.ACCESS_TOKEN.equals(tokenType)) {
            return null;
        }
        Jwt jwt;
        try {
            jwt = tokens.decode(token);
        } catch (JwtException notOurs) {
            return null;
        }
        RegisteredClient client = jwt.getId() == null ? null : registeredClients.findByClientId(jwt.getSubject());
        if (client == null) {
            return null;
        }
        return OAuth2Authorization.withRegisteredClient(client).principalName(client.getClientId())
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .token(new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, token, jwt.getIssuedAt(), jwt.getExpiresAt()))
                .attribute(JTI, jwt.getId())
                .build();
    }
}
