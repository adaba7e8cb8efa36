package org.safeguardinghub.access.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * OpenID Connect sign-in beside local accounts, when {@code safeguarding.access.oidc.enabled}
 * (ADR 0030): the authorization-code flow from {@code /oauth2/authorization/sso}, the person
 * linked and decided on by {@link OidcAccounts}, a refusal shown on the sign-in page with its reason.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "safeguarding.access.oidc", name = "enabled", havingValue = "true")
class OidcLogin {

    private static final Logger log = LoggerFactory.getLogger(OidcLogin.class);

    /**
     * The provider read from its discovery document at the first sign-in, not at start: the hub
     * starts, and local accounts work, while the provider is unreachable.
     */
    @Bean
    ClientRegistrationRepository clientRegistrations(OidcProperties properties) {
        return new ClientRegistrationRepository() {
            private volatile ClientRegistration registration;

            @Override
            public ClientRegistration findByRegistrationId(String id) {
                if (!OidcProperties.REGISTRATION_ID.equals(id)) {
                    return null;
                }
                if (registration == null) {
                    registration = ClientRegistrations.fromIssuerLocation(properties.issuerUri())
                            .registrationId(OidcProperties.REGISTRATION_ID)
                            .clientId(properties.clientId()).clientSecret(properties.clientSecret())
                            .scope(properties.scopes()).redirectUri(properties.redirectUri())
                            .clientName(properties.displayName()).build();
                }
                return registration;
            }
        };
    }

    /** The provider's tokens live in the session (kept in the database), never in a node's memory. */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClients() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    @Bean
    OidcLoginConfigurer oidcLoginConfigurer(ClientRegistrationRepository registrations,
                                            OAuth2AuthorizedClientRepository authorizedClients, OidcAccounts accounts) {
        return new OidcLoginConfigurer(registrations, authorizedClients, accounts);
    }

    /** Applied to the web pages' filter chain by {@link SecurityConfiguration}. */
    record OidcLoginConfigurer(ClientRegistrationRepository registrations,
                               OAuth2AuthorizedClientRepository authorizedClients, OidcAccounts accounts) {

        void configure(HttpSecurity http) {
            OidcUserService provider = new OidcUserService();
            OAuth2UserService<OidcUserRequest, OidcUser> users = request -> {
                OidcUser person = provider.loadUser(request);
                return new HubOidcUser(accounts.signIn(person), person.getIdToken(), person.getUserInfo());
            };
            http.oauth2Login(login -> login.loginPage("/login")
                    .clientRegistrationRepository(registrations)
                    .authorizedClientRepository(authorizedClients)
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(users))
                    .failureHandler(refusal())
                    .addObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                        @Override
                        public <F extends OAuth2AuthorizationRequestRedirectFilter> F postProcess(F filter) {
                            filter.setAuthenticationFailureHandler(unavailable());
                            return filter;
                        }
                    }));
        }

        /**
         * The sign-in could not even start (the provider's discovery document could not be read, say):
         * back to the sign-in page saying so, where local sign-in still works; the framework's own
         * answer is a 500 (issue 18). The next click asks the provider again.
         */
        static AuthenticationFailureHandler unavailable() {
            return (HttpServletRequest request, HttpServletResponse response, AuthenticationException e) -> {
                log.warn("Single sign-on could not start: {}", e.getMessage(), e.getCause());
                redirect(request, response, OidcGroupMapping.PROVIDER_UNAVAILABLE);
            };
        }

        /** Back to the sign-in page, naming the reason (only a known reason: the page shows its message). */
        private static AuthenticationFailureHandler refusal() {
            return (HttpServletRequest request, HttpServletResponse response, AuthenticationException e) -> {
                String reason = e instanceof OidcSignInRefused refused ? refused.reason().name() : OidcGroupMapping.PROVIDER_ERROR;
                redirect(request, response, reason);
            };
        }

        private static void redirect(HttpServletRequest request, HttpServletResponse response, String reason)
                throws IOException {
            response.sendRedirect(request.getContextPath() + "/login?refused=" + reason);
        }
    }
}
