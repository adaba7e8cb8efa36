package org.safeguardinghub.access.internal;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Agencies;
import org.safeguardinghub.access.Agency;
import org.safeguardinghub.access.ApiClients;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;

/**
 * Turns a verified partner token into the {@link Actor.PartnerSystem} it acts for, refusing a token
 * of a deactivated client or one revoked ({@link RevokedTokens}).
 */
@Component
class ClientTokenConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final Agencies agencies;
    private final ApiClients clients;
    private final RevokedTokens revoked;

    ClientTokenConverter(Agencies agencies, ApiClients clients, RevokedTokens revoked) {
        this.agencies = agencies;
        this.clients = clients;
        this.revoked = revoked;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String clientId = jwt.getSubject();
        Agency agency = agencies.byCode(jwt.getClaimAsString(SecurityConfiguration.AGENCY_CLAIM))
                .orElseThrow(() -> new InvalidBearerTokenException("The token names no known agency"));
        if (!clients.isActive(clientId)) {
            throw new InvalidBearerTokenException("The API client " + clientId + " is not active");
        }
        if (revoked.isRevoked(jwt.getId())) {
            throw new InvalidBearerTokenException("The token has been revoked");
        }
        return new ClientAuthentication(new Actor.PartnerSystem(clientId, agency), jwt);
    }
}
