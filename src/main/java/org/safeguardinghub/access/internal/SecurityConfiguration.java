package org.safeguardinghub.access.internal;

import java.util.Map;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.safeguardinghub.access.ApiClients;
import org.safeguardinghub.access.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Three filter chains: the OAuth 2.0 token endpoint for partner systems, the partner API
 * (bearer tokens, no session, no cookies so no CSRF), and the web pages (sign-in form, session,
 * CSRF on every form). Everything except the sign-in page, static files, the health probe and the
 * OpenAPI description of the partner API needs authentication. The description holds no data and
 * partners' IT teams read it with or without their bearer token (issue 18), so it is open to all;
 * a bearer header sent with it is ignored by this chain, not refused.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    static final String AGENCY_CLAIM = "agency";

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; "
            + "form-action 'self'; base-uri 'self'";

    @Bean
    JWKSource<SecurityContext> jwkSource(SigningKeys keys) {
        return (selector, context) -> selector.select(new JWKSet(keys.current()));
    }

    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(jwkSource);
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(AccessProperties properties) {
        AuthorizationServerSettings.Builder settings = AuthorizationServerSettings.builder();
        if (properties.issuer() != null && !properties.issuer().isBlank()) {
            settings.issuer(properties.issuer());
        }
        return settings.build();
    }

    /** Sign-ins refused before their password is checked ({@link SignInRefused}) are audited as failures too. */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
        publisher.setAdditionalExceptionMappings(
                Map.of(SignInRefused.class, AuthenticationFailureBadCredentialsEvent.class));
        return publisher;
    }

    /** Every token names the agency its client acts for. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> agencyClaim(ApiClients clients) {
        return context -> clients.byClientId(context.getRegisteredClient().getClientId())
                .ifPresent(client -> context.getClaims().claim(AGENCY_CLAIM, client.agency().code()));
    }

    @Bean
    @Order(1)
    SecurityFilterChain tokenEndpoint(HttpSecurity http, AgencyClientRepository clients,
                                      AuditingAuthorizationService authorizations) {
        OAuth2AuthorizationServerConfigurer authorizationServer = new OAuth2AuthorizationServerConfigurer();
        RequestMatcher endpoints = authorizationServer.getEndpointsMatcher();
        http.securityMatcher(endpoints)
                .with(authorizationServer, server -> server
                        .registeredClientRepository(clients)
                        .authorizationService(authorizations))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.ignoringRequestMatchers(endpoints));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain partnerApi(HttpSecurity http, ClientTokenConverter tokens,
                                   ProblemAuthenticationEntryPoint entryPoint) {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAuthority(ClientAuthentication.AUTHORITY))
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(tokens))
                        .authenticationEntryPoint(entryPoint))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint).accessDeniedHandler(entryPoint))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain webPages(HttpSecurity http, ObjectProvider<OidcLogin.OidcLoginConfigurer> singleSignOn) {
        singleSignOn.ifAvailable(oidc -> oidc.configure(http));
        http.addFilterBefore(new SecondFactorFilter(), AuthorizationFilter.class);
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/password-reset/*").permitAll()
                        .requestMatchers("/login", "/error", "/css/**", "/js/**", "/assets/**", "/favicon.ico").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**").permitAll()
                        .requestMatchers("/admin/**", "/actuator/**").hasAuthority(Role.ADMINISTRATOR.authority())
                        .requestMatchers("/audit", "/audit/**", "/subject-access", "/subject-access/**", "/retention").hasAuthority(Role.DATA_PROTECTION_OFFICER.authority())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").failureUrl("/login?error"))
                .logout(logout -> logout.logoutSuccessUrl("/login?signedOut"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .csrf(Customizer.withDefaults());
        return http.build();
    }
}
