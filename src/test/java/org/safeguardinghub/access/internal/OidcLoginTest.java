package org.safeguardinghub.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;

/**
 * The single sign-on button when the provider's discovery document cannot be read: the real
 * redirect filter with the hub's registration (read at the first sign-in) and the hub's failure
 * handler sends the person back to the sign-in page saying so, instead of the framework's 500.
 * SingleSignOnIT shows the handler is the one the running hub uses.
 */
class OidcLoginTest {

    @Test
    void anUnreachableProviderSendsThePersonBackToLocalSignIn() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        OidcProperties properties = new OidcProperties(true, "http://127.0.0.1:" + closed + "/realms/gone", "hub",
                "secret", "Example", List.of("openid"), "preferred_username", "email", "groups",
                "{baseUrl}/login/oauth2/code/{registrationId}", Map.of());
        OAuth2AuthorizationRequestRedirectFilter filter = new OAuth2AuthorizationRequestRedirectFilter(
                new OidcLogin().clientRegistrations(properties));
        filter.setAuthenticationFailureHandler(OidcLogin.OidcLoginConfigurer.unavailable());
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/oauth2/authorization/sso");
        request.setServletPath("/oauth2/authorization/sso");
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, new MockFilterChain());

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo("/login?refused=PROVIDER_UNAVAILABLE");
    }
}
