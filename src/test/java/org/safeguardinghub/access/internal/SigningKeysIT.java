package org.safeguardinghub.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.support.Api;
import org.safeguardinghub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The token signing key is stored encrypted with the secret generated on the default run, and the
 * tokens it signs are the ones the API accepts (issue #12, defect 10).
 */
@HubIntegrationTest
class SigningKeysIT {

    static final Path GENERATED_SECRET = Path.of("target/it-data/secrets/key-encryption-secret");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theStoredKeyIsNotItsClearJsonAndOpensToTheKeyThatSignsTokens() throws Exception {
        Api.Response issued = new Api(port).signIn("POLICE-NORTH", HubIntegrationTest.SECRET);
        SignedJWT token = SignedJWT.parse(issued.json().get("access_token").stringValue());

        String stored = jdbc.sql("select jwk from access.signing_key where key_id = 'api-token-key'")
                .query(String.class).single();
        assertThat(stored).startsWith("sealed:v1:").doesNotContain("{").doesNotContain("RSA").doesNotContain("\"d\"");

        RSAKey opened = RSAKey.parse(new KeyEncryption(Files.readString(GENERATED_SECRET).strip())
                .open(stored, "api-token-key"));
        assertThat(opened.isPrivate()).isTrue();
        assertThat(opened.getKeyID()).isEqualTo(token.getHeader().getKeyID());
        assertThat(token.verify(new RSASSAVerifier(opened.toRSAPublicKey()))).isTrue();
    }

    @Test
    void theApiAcceptsTheTokensTheKeySignsAndNoOther() throws Exception {
        String issued = new Api(port).signIn("POLICE-NORTH", HubIntegrationTest.SECRET).json().get("access_token").stringValue();
        SignedJWT genuine = SignedJWT.parse(issued);
        // the same header and claims, signed by another key
        RSAKey other = new RSAKeyGenerator(2048).keyID(genuine.getHeader().getKeyID()).generate();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(genuine.getHeader()).build(), genuine.getJWTClaimsSet());
        forged.sign(new RSASSASigner(other));

        String path = "/api/v1/children/" + UUID.randomUUID() + "/chronology";
        assertThat(status(path, issued)).isEqualTo(404);
        assertThat(status(path, forged.serialize())).isEqualTo(401);
    }

    private int status(String path, String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
