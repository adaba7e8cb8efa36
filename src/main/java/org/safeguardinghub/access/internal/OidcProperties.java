package org.safeguardinghub.access.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.safeguardinghub.access.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Single sign-on through the local authority's OpenID Connect provider (Entra ID, Keycloak…),
 * beside local accounts; off unless {@code enabled} (ADR 0030).
 *
 * @param enabled       whether the sign-in page offers the provider
 * @param issuerUri     the provider's issuer; its discovery document is read at the first sign-in
 * @param clientId      the hub's client id at the provider (from the environment)
 * @param clientSecret  the hub's client secret at the provider (from the environment, never a file in the repository)
 * @param displayName   how the sign-in page names the provider ("Sign in with …")
 * @param scopes        the scopes asked for
 * @param usernameClaim the claim matched to a practitioner's username
 * @param emailClaim    the claim matched to a practitioner's e-mail when the username matches nobody (only when verified)
 * @param groupsClaim   the claim listing the person's groups
 * @param redirectUri   where the provider sends the person back; Spring Security's template variables allowed
 * @param groups        which groups give which agency and roles, by group name
 */
@ConfigurationProperties("safeguarding.access.oidc")
public record OidcProperties(@DefaultValue("false") boolean enabled,
                             String issuerUri,
                             String clientId,
                             String clientSecret,
                             @DefaultValue("your organisation's account") String displayName,
                             @DefaultValue({"openid", "profile", "email"}) List<String> scopes,
                             @DefaultValue("preferred_username") String usernameClaim,
                             @DefaultValue("email") String emailClaim,
                             @DefaultValue("groups") String groupsClaim,
                             @DefaultValue("{baseUrl}/login/oauth2/code/{registrationId}") String redirectUri,
                             Map<String, GroupGrant> groups) {

    /** The registration id in the hub's URLs: {@code /oauth2/authorization/sso}. */
    public static final String REGISTRATION_ID = "sso";

    public OidcProperties {
        groups = groups == null ? Map.of() : Map.copyOf(groups);
    }

    /**
     * What membership of one group gives.
     *
     * @param agency the code of the agency the group's members work for
     * @param roles  the roles it gives
     */
    public record GroupGrant(String agency, Set<Role> roles) {

        public GroupGrant {
            roles = roles == null ? Set.of() : Set.copyOf(roles);
        }
    }

    OidcGroupMapping mapping() {
        return new OidcGroupMapping(groups);
    }
}
