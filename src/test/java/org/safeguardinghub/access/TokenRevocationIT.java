package org.safeguardinghub.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.support.Api;
import org.safeguardinghub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A partner revokes its token at {@code /oauth2/revoke} and the token is refused at once, on its
 * next call, by every node (the revocation is read from the database); another client cannot revoke
 * it; revoking a token that is not ours answers 200 and does nothing (RFC 7009). Issue 18, ADR 0030.
 */
@HubIntegrationTest
class TokenRevocationIT {

    static final Administration.ChangedBy ADMIN = Administration.ChangedBy.system("test");

    @LocalServerPort
    int port;

    @Autowired
    Administration administration;

    @Autowired
    JdbcClient jdbc;

    record Client(String id, String secret) {
    }

    Client newClient() {
        String clientId = "REVOKER-" + UUID.randomUUID().toString().substring(0, 8);
        var issued = administration.addClient(ADMIN, clientId, "ED-NORTH", "revokes its token");
        assertThat(issued.ok()).isTrue();
        return new Client(clientId, issued.made().secret());
    }

    @Test
    void aRevokedTokenIsRefusedOnItsNextCall() throws Exception {
        Client client = newClient();
        Api partner = new Api(port);
        String token = partner.signIn(client.id(), client.secret()).json().get("access_token").stringValue();
        String chronology = "/api/v1/children/" + UUID.randomUUID() + "/chronology";
        assertThat(partner.get(chronology).status()).isNotEqualTo(401);

        assertThat(revoke(client, token)).isEqualTo(200);

        Api.Response refused = partner.get(chronology);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(jdbc.sql("select client_id from access.revoked_token where client_id = :c")
                .param("c", client.id()).query(String.class).list()).hasSize(1);
        assertThat(jdbc.sql("select count(*) from access.audit_event where actor = :c and action = 'TOKEN_REVOKED'")
                .param("c", client.id()).query(Integer.class).single()).isEqualTo(1);
        Api again = new Api(port);
        again.signIn(client.id(), client.secret());
        assertThat(again.get(chronology).status()).as("a new token works").isNotEqualTo(401);
    }

    @Test
    void anotherClientCannotRevokeATokenAndRevokingGarbageDoesNothing() throws Exception {
        Client owner = newClient();
        Client other = newClient();
        Api partner = new Api(port);
        String token = partner.signIn(owner.id(), owner.secret()).json().get("access_token").stringValue();

        assertThat(revoke(other, token)).isNotEqualTo(200);
        assertThat(revoke(owner, "not-a-token")).isEqualTo(200);
        assertThat(revoke(owner, token.substring(0, token.length() - 4) + "AAAA")).isEqualTo(200);

        assertThat(partner.get("/api/v1/children/" + UUID.randomUUID() + "/chronology").status()).isNotEqualTo(401);
        assertThat(jdbc.sql("select count(*) from access.revoked_token where client_id = :c")
                .param("c", owner.id()).query(Integer.class).single()).isZero();
    }

    private int revoke(Client client, String token) throws Exception {
        String basic = Base64.getEncoder().encodeToString((client.id() + ":" + client.secret()).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/revoke"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
                        + "&token_type_hint=access_token")).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
