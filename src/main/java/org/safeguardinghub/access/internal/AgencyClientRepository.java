package org.safeguardinghub.access.internal;

import java.util.UUID;

import org.safeguardinghub.access.ApiClients;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Component;

/**
 * Presents partner API clients to Spring Authorization Server. Clients are managed through
 * {@link ApiClients} (administration pages and command line), never through this interface.
 */
@Component
class AgencyClientRepository implements RegisteredClientRepository {

    private final ApiClients clients;
    private final AccessProperties properties;

    AgencyClientRepository(ApiClients clients, AccessProperties properties) {
        this.clients = clients;
        this.properties = properties;
    }

    @Override
    public void save(RegisteredClient registeredClient) {
        throw new UnsupportedOperationException("API clients are managed by the administration pages");
    }

    @Override
    public RegisteredClient findById(String id) {
        return clients.all().stream().filter(c -> c.id().equals(UUID.fromString(id))).findFirst()
                .map(c -> findByClientId(c.clientId())).orElse(null);
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        return clients.byClientId(clientId).filter(ApiClient::active)
                .flatMap(client -> clients.secretHash(client.clientId()).map(hash -> RegisteredClient
                        .withId(client.id().toString())
                        .clientId(client.clientId())
                        .clientSecret(hash)
                        .clientName(client.agency().code())
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                        .tokenSettings(TokenSettings.builder()
                                .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                                .accessTokenTimeToLive(properties.tokenTimeToLive())
                                .build())
                        .build()))
                .orElse(null);
    }
}
