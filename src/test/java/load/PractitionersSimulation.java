package load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.pace;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * The load run (issue 18, item 9; {@code scripts/load.sh}, docs/performance.md "Load run"): a
 * Monday morning of practitioners and partners against one node over loopback.
 * <ul>
 * <li>{@code load.users} practitioners as a closed model: ramped up over {@code load.ramp}, then held
 * at that many for {@code load.duration}. Each signs in once through the real sign-in form (the CSRF
 * token from the page; three demo accounts, four ways of working, in turn), then until the run ends loops with a few
 * seconds' think time over their work page (the managers' view {@code /oversight} for managers, the
 * front door's triage queue {@code /triage} for MASH officers), a person search by family name, that
 * child's page and the next page of the child's chronology.</li>
 * <li>partner ingest: three API clients (police, emergency department, school), each signing in with
 * client credentials and posting a batch of {@code load.batch} events about known children every
 * {@code load.ingestEvery}.</li>
 * </ul>
 * Every page is checked to be the page asked for (status 200, the sign-out form a signed-in page
 * has, and a mark of that page's content), not the sign-in page a lost session would give, so
 * errors are counted honestly. The population and the server come from {@code benchmarks.LoadRun};
 * settings are system properties ({@code load.*}).
 */
public class PractitionersSimulation extends Simulation {

    private static final String SECRET = System.getProperty("load.secret", "bench-secret-0123456789");
    private static final int USERS = Integer.getInteger("load.users", 200);
    private static final Duration RAMP = Duration.parse(System.getProperty("load.ramp", "PT1M"));
    private static final Duration DURATION = Duration.parse(System.getProperty("load.duration", "PT10M"));
    private static final int BATCH = Integer.getInteger("load.batch", 50);
    private static final Duration INGEST_EVERY = Duration.parse(System.getProperty("load.ingestEvery", "PT2S"));
    /** Tokens last 15 minutes: a client asks for a new one before then, as a partner's system would. */
    private static final long TOKEN_RENEWAL_MILLIS = Duration.ofMinutes(10).toMillis();

    /** The demo accounts practitioners sign in as, each with the page their work starts from. */
    private static final List<Map<String, Object>> ACCOUNTS = Stream.of(
                    "tm.north|/oversight|managers' view", "mash.north|/triage|triage queue",
                    "mashtm.north|/oversight|managers' view", "mashtm.north|/triage|triage queue")
            .map(a -> a.split("\\|"))
            .map(a -> Map.<String, Object>of("username", a[0], "home", a[1], "homeName", a[2])).toList();

    private static final List<Map<String, Object>> CLIENTS = Stream.of("POLICE-NORTH", "ED-NORTH", "SCHOOL-NORTH")
            .map(c -> Map.<String, Object>of("client", c)).toList();

    private final LoadChildren children = LoadChildren.read(System.getProperty("load.children", "target/load/children.csv"));
    /** Every user stops looping at this instant, so all stop together when the run's time is up. */
    private final long end = System.currentTimeMillis() + RAMP.plus(DURATION).toMillis();

    private final HttpProtocolBuilder protocol = http
            .baseUrl(System.getProperty("load.base", "http://localhost:8080"))
            .acceptHeader("text/html,application/json")
            .acceptLanguageHeader("en-GB")
            .userAgentHeader("Safeguarding Hub load run")
            .disableCaching();

    /** A signed-in page carries the sign-out form; the sign-in page a lost session redirects to does not. */
    private static CheckBuilder signedIn() {
        return substring("action=\"/logout\"").exists().name("a signed-in page (not the sign-in page)");
    }

    /** The sign-in form as a browser fills it in: the page's CSRF token, then the form, which leads to the home page. */
    private final ChainBuilder signIn = exec(
            http("sign-in page").get("/login").check(status().is(200),
                    regex("name=\"_csrf\" value=\"([^\"]+)\"").find().name("a CSRF token").saveAs("csrf")),
            http("sign in").post("/login")
                    .formParam("username", "#{username}").formParam("password", SECRET).formParam("_csrf", "#{csrf}")
                    .check(status().is(200), signedIn()));

    private final ChainBuilder work = exec(
            http("#{homeName}").get("#{home}").check(status().is(200), signedIn()),
            pause(Duration.ofSeconds(2), Duration.ofSeconds(6)),
            http("person search").get("/children").queryParam("name", "#{familyName}")
                    .check(status().is(200), signedIn(), substring("/children/#{childId}").exists().name("the search finds the child")),
            pause(Duration.ofSeconds(1), Duration.ofSeconds(4)),
            http("child page").get("/children/#{childId}").check(status().is(200), signedIn(),
                    substring("#{familyName}").exists().name("the page is the child's")),
            pause(Duration.ofSeconds(2), Duration.ofSeconds(6)),
            // pages count from 0: page 1 is the second page, 50 entries older than those on the child's page
            http("chronology").get("/children/#{childId}").queryParam("tab", "chronology").queryParam("page", "1")
                    .check(status().is(200), signedIn(), substring("Synthetic benchmark event").exists().name("the chronology shows entries")),
            pause(Duration.ofSeconds(2), Duration.ofSeconds(6)));

    private final ScenarioBuilder practitioners = scenario("practitioners")
            .feed(listFeeder(ACCOUNTS).circular())
            // a user who replaces one that finished as the run ends has no work left to do
            .doIf(session -> System.currentTimeMillis() < end).then(signIn)
            .asLongAs(session -> System.currentTimeMillis() < end).on(
                    exec(session -> session.setAll(children.random(session.getString("username").startsWith("mash.")))).exec(work));

    private final ChainBuilder token = exec(
            http("partner token").post("/oauth2/token")
                    .header("Authorization", session -> "Basic " + Base64.getEncoder()
                            .encodeToString((session.getString("client") + ":" + SECRET).getBytes()))
                    .formParam("grant_type", "client_credentials")
                    .check(status().is(200), jsonPath("$.access_token").find().name("a token").saveAs("token")),
            exec(session -> session.set("tokenAt", System.currentTimeMillis())));

    private final ScenarioBuilder partners = scenario("partner ingest")
            .feed(listFeeder(CLIENTS).circular())
            .exec(token)
            .asLongAs(session -> System.currentTimeMillis() < end).on(
                    pace(INGEST_EVERY).exec(
                            doIf(session -> System.currentTimeMillis() - session.getLong("tokenAt") > TOKEN_RENEWAL_MILLIS)
                                    .then(token),
                            http("partner ingest").post("/api/v1/events")
                                    .header("Authorization", "Bearer #{token}")
                                    .header("Content-Type", "application/json")
                                    .body(StringBody(session -> children.batch(session.getString("client"), BATCH)))
                                    .check(status().is(200),
                                            substring("\"CREATED\"").exists().name("events created"),
                                            substring("REJECTED").notExists().name("no event rejected"),
                                            substring("CONFLICT").notExists().name("no event in conflict"))));

    {
        setUp(practitioners.injectClosed(rampConcurrentUsers(0).to(USERS).during(RAMP),
                        constantConcurrentUsers(USERS).during(DURATION)),
                partners.injectOpen(atOnceUsers(CLIENTS.size())))
                .protocols(protocol);
    }
}
