package org.safeguardinghub.chronology.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.support.Api;
import org.safeguardinghub.support.HubIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code docs/openapi.json} is what the running application publishes at {@code /v3/api-docs}: a
 * change to the API that is not regenerated into the committed description fails the build.
 * Regenerate it with
 * {@code ./mvnw -o -Dfrontend.skip=true -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=PublishedApiDescriptionIT -Dopenapi.write=true verify} (or {@code scripts/openapi.sh}).
 */
@HubIntegrationTest
class PublishedApiDescriptionIT {

    static final Path DOCUMENT = Path.of("docs/openapi.json");

    @LocalServerPort
    int port;

    @Test
    void theCommittedDescriptionIsWhatTheApplicationPublishes() throws IOException {
        Api.Response published = new Api(port).get("/v3/api-docs");
        assertThat(published.status()).isEqualTo(200);
        String generated = ApiDescriptionDocument.stable(published.body());
        if (Boolean.getBoolean("openapi.write")) {
            Files.writeString(DOCUMENT, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(DOCUMENT)).as("docs/openapi.json is committed").isTrue();
        assertThat(Files.readString(DOCUMENT, StandardCharsets.UTF_8))
                .as("docs/openapi.json is out of date: regenerate it with -Dopenapi.write=true (see this test) and commit it")
                .isEqualTo(generated);
    }
}
