package org.safeguardinghub.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * A real OpenID Connect provider on loopback for the whole test run: a Spring Authorization Server
 * with its own people and a {@code groups} claim in the ID token, in a small context of its own
 * (no auto-configuration, so nothing of the hub's), started before the hub's test context, which it
 * points at itself through {@code safeguarding.access.oidc.*}. Tests add their people with
 * {@link #addPerson}. Like an organisation's provider, it knows nothing of the hub's accounts.
 */
public class TestIdentityProvider implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String CLIENT_ID = "safeguarding-hub";
    public static final String CLIENT_SECRET = "test-idp-client-secret";
    /** Groups the hub maps (see {@link #initialize}); any other group gives nothing. */
    public static final String NORTH_SOCIAL_WORKERS = "hub-csc-north-social-workers";
    public static final String NORTH_MANAGERS = "hub-csc-north-team-managers";
    public static final String NORTH_POLICE = "hub-police-north";

    private static final Map<String, Person> PEOPLE = new ConcurrentHashMap<>();
    private static AnnotationConfigServletWebServerApplicationContext server;
    private static int port;

    /** Someone the provider knows, with their password, e-mail and groups. */
    public record Person(String username, String password, String email, List<String> groups) {
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of("safeguarding.access.oidc.enabled=true",
                "safeguarding.access.oidc.issuer-uri=" + issuer(),
                "safeguarding.access.oidc.client-id=" + CLIENT_ID,
                "safeguarding.access.oidc.client-secret=" + CLIENT_SECRET,
                "safeguarding.access.oidc.display-name=the test identity provider",
                // The provider accepts any port on 127.0.0.1 for a registered loopback address (RFC 8252 §7.3)
                "safeguarding.access.oidc.redirect-uri=http://127.0.0.1{basePort}/login/oauth2/code/{registrationId}",
                "safeguarding.access.oidc.groups.[" + NORTH_SOCIAL_WORKERS + "].agency=CSC-NORTH",
                "safeguarding.access.oidc.groups.[" + NORTH_SOCIAL_WORKERS + "].roles=PRACTITIONER,SOCIAL_WORKER",
                "safeguarding.access.oidc.groups.[" + NORTH_MANAGERS + "].agency=CSC-NORTH",
                "safeguarding.access.oidc.groups.[" + NORTH_MANAGERS + "].roles=TEAM_MANAGER",
                "safeguarding.access.oidc.groups.[" + NORTH_POLICE + "].agency=POLICE-NORTH",
                "safeguarding.access.oidc.groups.[" + NORTH_POLICE + "].roles=PRACTITIONER")
                .applyTo(context);
    }

    /** The issuer, starting the provider the first time. */
    public static synchronized String issuer() {
        if (server == null) {
            port = freePort();
            server = new AnnotationConfigServletWebServerApplicationContext(Provider.class);
        }
        return "http://localhost:" + port;
    }

    /** A person the provider signs in from now on (again with a new password and these groups, if known). */
    public static Person addPerson(String username, String email, String... groups) {
        Person person = new Person(username, "idp-" + UUID.randomUUID(), email, List.of(groups));
        PEOPLE.put(username, person);
        InMemoryUserDetailsManager people = server.getBean(InMemoryUserDetailsManager.class);
        var user = User.withUsername(username).password("{noop}" + person.password()).roles("USER").build();
        if (people.userExists(username)) {
            people.updateUser(user);
        } else {
            people.createUser(user);
        }
        return person;
    }

    /** A test configuration, so the hub's component scan leaves it out. */
    @TestConfiguration(proxyBeanMethods = false)
    @EnableWebSecurity
    static class Provider {

        @Bean
        TomcatServletWebServerFactory webServer() {
            return new TomcatServletWebServerFactory(port);
        }

        @Bean
        DelegatingFilterProxyRegistrationBean securityFilter() {
            return new DelegatingFilterProxyRegistrationBean("springSecurityFilterChain");
        }

        /** Tomcat runs filters only for a request some servlet maps; the provider's filters answer everything. */
        @Bean
        ServletRegistrationBean<HttpServlet> nothingElse() {
            return new ServletRegistrationBean<>(new HttpServlet() {
                @Override
                protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                }
            }, "/");
        }

        @Bean
        @Order(1)
        SecurityFilterChain authorizationServer(HttpSecurity http) {
            OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
            http.securityMatcher(server.getEndpointsMatcher())
                    .with(server, s -> s.oidc(Customizer.withDefaults()))
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults()))
                    .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                            new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain loginPage(HttpSecurity http) {
            http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults());
            return http.build();
        }

        @Bean
        InMemoryUserDetailsManager people() {
            return new InMemoryUserDetailsManager();
        }

        @Bean
        RegisteredClientRepository clients() {
            return new InMemoryRegisteredClientRepository(RegisteredClient.withId(CLIENT_ID).clientId(CLIENT_ID)
                    .clientSecret("{noop}" + CLIENT_SECRET)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("http://127.0.0.1/login/oauth2/code/sso")
                    .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL)
                    .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                    .build());
        }

        /** The ID token says who the person is, with their e-mail (verified) and groups, as Entra ID or Keycloak can. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> groupsClaim() {
            return context -> {
                Person person = PEOPLE.get(context.getPrincipal().getName());
                if (person != null && OAuth2TokenType.ACCESS_TOKEN != context.getTokenType()) {
                    context.getClaims().claim("preferred_username", person.username())
                            .claim("email", person.email()).claim("email_verified", true)
                            .claim("groups", person.groups());
                }
            };
        }

        @Bean
        JWKSource<SecurityContext> keys() throws NoSuchAlgorithmException {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new ImmutableJWKSet<>(new JWKSet(new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey((RSAPrivateKey) pair.getPrivate()).keyID(UUID.randomUUID().toString()).build()));
        }

        @Bean
        JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
        }

        @Bean
        AuthorizationServerSettings settings() {
            return AuthorizationServerSettings.builder().issuer("http://localhost:" + port).build();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
