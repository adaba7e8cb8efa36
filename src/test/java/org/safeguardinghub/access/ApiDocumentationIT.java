package org.safeguardinghub.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.support.Api;
import org.safeguardinghub.support.HubIntegrationTest;
import org.safeguardinghub.support.WebSession;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The OpenAPI description: open to anyone and to partners with their token; its browsable UI for signed-in people. */
@HubIntegrationTest
class ApiDocumentationIT {

    @LocalServerPort
    int port;

    @Test
    void theDescriptionNamesThePartnerEndpointsAndTheirSecurity() {
        WebSession session = WebSession.signedIn(port, "admin");
        WebSession.Page docs = session.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/v1/events").contains("/api/v1/children/{childId}/chronology")
                .contains("EventBatch").contains("/oauth2/token").contains("clientCredentials")
                .doesNotContain("PartnerSystem");
        assertThat(session.get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void anyoneMayReadTheDescriptionWithoutSigningIn() {
        WebSession anonymous = new WebSession(port);
        WebSession.Page json = anonymous.get("/v3/api-docs");
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.body()).contains("/api/v1/events");
        WebSession.Page yaml = anonymous.get("/v3/api-docs.yaml");
        assertThat(yaml.status()).isEqualTo(200);
        assertThat(yaml.body()).contains("/api/v1/events:");
    }

    @Test
    void aPartnerReadsTheDescriptionWithItsBearerToken() {
        Api partner = new Api(port).as("ED-NORTH");
        Api.Response json = partner.get("/v3/api-docs");
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.body()).contains("/api/v1/events").contains("clientCredentials");
        assertThat(partner.get("/v3/api-docs.yaml").status()).isEqualTo(200);
    }

    @Test
    void theRestOfThePagesStillNeedSigningIn() {
        WebSession.Page home = new WebSession(port).get("/");
        assertThat(home.status()).isEqualTo(302);
        assertThat(home.location()).endsWith("/login");
    }
}
