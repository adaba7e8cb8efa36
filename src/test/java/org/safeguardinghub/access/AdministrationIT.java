package org.safeguardinghub.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.support.Api;
import org.safeguardinghub.support.HubIntegrationTest;
import org.safeguardinghub.support.TestEvents;
import org.safeguardinghub.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Administrators add agencies, practitioners and API clients, from the pages and the command line. */
@HubIntegrationTest
class AdministrationIT {

    @LocalServerPort
    int port;

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void onlyAdministratorsReachTheAdministrationPages() {
        assertThat(WebSession.signedIn(port, "tm.north").get("/admin").status()).isEqualTo(403);
        assertThat(WebSession.signedIn(port, "admin").get("/admin").body()).contains("POLICE-NORTH").contains("sw.north");
    }

    @Test
    void anAdministratorAddsAnAgencyAPractitionerAndAClientWhoseSecretWorksOnce() {
        WebSession admin = WebSession.signedIn(port, "admin");
        String code = "TEST-" + TestEvents.unique("A").substring(2).toUpperCase();
        admin.get("/admin/agencies/new");
        WebSession.Page invalid = admin.post("/admin/agencies", Map.of("code", "bad code", "name", "", "type", "", "area", ""));
        assertThat(invalid.status()).isEqualTo(200);
        assertThat(invalid.body()).contains("govuk-error-summary").contains("Enter a code of capital letters")
                .contains("Choose the type of agency");
        WebSession.Page saved = admin.post("/admin/agencies", Map.of("code", code, "name", "Test Sexual Health Clinic",
                "type", "HEALTH", "area", "North"));
        assertThat(saved.status()).isEqualTo(302);
        WebSession.Page duplicate = admin.post("/admin/agencies", Map.of("code", code, "name", "Again",
                "type", "HEALTH", "area", "North"));
        assertThat(duplicate.body()).contains("An agency with this code already exists");

        admin.get("/admin/practitioners/new");
        String username = "test." + code.toLowerCase();
        WebSession.Page person = admin.post("/admin/practitioners", Map.of("username", username,
                "displayName", "Test Nurse", "agency", code, "roles", "SAFEGUARDING_LEAD"));
        assertThat(person.body()).contains("shown only once");
        String password = secretOn(person);
        assertThat(new WebSession(port).signIn(username, password).location()).doesNotContain("error");

        admin.get("/admin/clients/new");
        WebSession.Page client = admin.post("/admin/clients", Map.of("clientId", code, "agency", code));
        String secret = secretOn(client);
        assertThat(new Api(port).signIn(code, secret).status()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from access.api_client where secret_hash like '%' || :s || '%'")
                .param("s", secret).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from access.audit_event where action in ('ADD_AGENCY', 'ADD_PRACTITIONER', 'ADD_API_CLIENT') and actor = 'admin' and detail like '%' || :c || '%'")
                .param("c", code).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void theCommandLineDoesTheSameWithTheSameChecks() {
        String code = "CLI-" + TestEvents.unique("A").substring(2).toUpperCase();
        assertThat(run("add-agency", "--code=" + code, "--name=Eastshire Police", "--type=POLICE", "--area=East"))
                .startsWith("Added agency " + code);
        String refused = run("add-practitioner", "--username=Bad Name", "--name=", "--agency=NOPE", "--roles=KING");
        assertThat(refused).contains("--username:").contains("--agency: Choose an agency").contains("--roles:");
        assertThat(run("add-practitioner", "--username=cli." + code.toLowerCase(), "--name=Cli Officer",
                "--agency=" + code, "--roles=PRACTITIONER,SAFEGUARDING_LEAD")).contains("initial password (shown once)");
        String client = run("add-client", "--client-id=" + code, "--agency=" + code);
        Matcher secret = Pattern.compile("secret \\(shown once\\): (\\S+)").matcher(client);
        assertThat(secret.find()).isTrue();
        assertThat(new Api(port).signIn(code, secret.group(1)).status()).isEqualTo(200);
        assertThat(run("list-agencies")).contains(code + "\tPOLICE\tEast\tEastshire Police");
    }

    private String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] all = new String[args.length + 1];
        all[0] = "admin";
        System.arraycopy(args, 0, all, 1, args.length);
        AdminCommandLine.execute(context, args[0], AdminCommandLine.options(all),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String secretOn(WebSession.Page page) {
        Matcher matcher = Pattern.compile("id=\"secret\">([^<]+)<").matcher(page.body());
        assertThat(matcher.find()).as("secret shown").isTrue();
        return matcher.group(1);
    }
}
