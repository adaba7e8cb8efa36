package org.safeguardinghub.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.support.HubIntegrationTest;
import org.safeguardinghub.support.WebSession;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The OpenAPI description and its browsable UI, for signed-in people only. */
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
}
