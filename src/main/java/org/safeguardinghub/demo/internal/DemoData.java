package org.safeguardinghub.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Administration;
import org.safeguardinghub.access.Agencies;
import org.safeguardinghub.access.Agency;
import org.safeguardinghub.access.ApiClients;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.access.Practitioners;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.chronology.CareNetwork;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.ChildRecords;
import org.safeguardinghub.chronology.EventFeed;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.demo.DemoProperties;
import org.safeguardinghub.shared.Timestamps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seeds the demo data set when {@code safeguarding.demo.enabled}: agencies, practitioners and one
 * API client per agency (client id = agency code) made once, then every start gives all demo users
 * and clients the demo secret; each child's story is loaded once, through the partner event feed.
 */
@Component
@ConditionalOnProperty("safeguarding.demo.enabled")
public class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final Administration.ChangedBy SEEDER = Administration.ChangedBy.system("demo-data");

    private final DemoProperties properties;
    private final Administration administration;
    private final Agencies agencies;
    private final Practitioners practitioners;
    private final ApiClients clients;
    private final EventFeed feed;
    private final ChildRecords records;
    private final CareNetwork network;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final Environment environment;
    private final Clock clock;
    private final RiskDemo riskDemo;
    private final PlansDemo plansDemo;
    private final MissingDemo missingDemo;

    DemoData(DemoProperties properties, Administration administration, Agencies agencies, Practitioners practitioners,
             ApiClients clients, EventFeed feed, ChildRecords records, CareNetwork network, JdbcClient jdbc,
             TransactionTemplate transaction, JsonMapper json, Environment environment, Clock clock,
             RiskDemo riskDemo, PlansDemo plansDemo, MissingDemo missingDemo) {
        this.properties = properties;
        this.administration = administration;
        this.agencies = agencies;
        this.practitioners = practitioners;
        this.clients = clients;
        this.feed = feed;
        this.records = records;
        this.network = network;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.json = json;
        this.environment = environment;
        this.clock = clock;
        this.riskDemo = riskDemo;
        this.plansDemo = plansDemo;
        this.missingDemo = missingDemo;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        String secret = properties.secret() == null || properties.secret().isBlank()
                ? ApiClients.newSecretForDemo() : properties.secret();
        transaction.executeWithoutResult(status -> accounts(secret));
        for (Resource resource : stories()) {
            loadOnce(resource);
        }
        riskDemo.loadOnce();
        print(secret, System.out);
    }

    private void accounts(String secret) {
        for (DemoAccounts.DemoAgency a : DemoAccounts.AGENCIES) {
            if (!agencies.exists(a.code())) {
                check(administration.addAgency(SEEDER, a.code(), a.name(), a.type(), a.area()), a.code());
            }
            if (!clients.exists(a.code())) {
                check(administration.addClient(SEEDER, a.code(), a.code(), "Demo partner system of " + a.name()), a.code());
            }
            clients.setSecret(a.code(), secret);
        }
        for (DemoAccounts.DemoUser u : DemoAccounts.USERS) {
            if (!practitioners.exists(u.username())) {
                check(administration.addPractitioner(SEEDER, u.username(), u.name(), u.jobTitle(), u.email(),
                        "01632 960" + String.format("%03d", Math.abs(u.username().hashCode()) % 1000),
                        u.agency(), u.team(), u.roles(), null), u.username());
            }
            // the demo secret may be anything the person running the demo chose, however short
            practitioners.changePassword(u.username(), secret);
        }
    }

    private static void check(Administration.Outcome<?> outcome, String what) {
        if (!outcome.ok()) {
            throw new IllegalStateException("Demo account " + what + " refused: " + outcome.errors());
        }
    }

    private Resource[] stories() throws IOException {
        Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath:demo/children/*.json");
        Arrays.sort(found, Comparator.comparing(Resource::getFilename));
        return found;
    }

    private void loadOnce(Resource resource) throws IOException {
        String name = resource.getFilename();
        boolean loaded = jdbc.sql("select count(*) from demo.loaded_story where story = :s").param("s", name)
                .query(Integer.class).single() > 0;
        if (loaded) {
            return;
        }
        DemoStory story;
        try (InputStream in = resource.getInputStream()) {
            story = DemoStory.read(name, json.readTree(in), LocalDate.now(clock));
        }
        transaction.executeWithoutResult(status -> load(story));
    }

    private void load(DemoStory story) {
        ChildId child = null;
        for (DemoStory.Batch batch : story.batches()) {
            Agency agency = agencies.byCode(batch.agency()).orElseThrow();
            List<EventFeed.Result> results = feed.receive(new Actor.PartnerSystem(agency.code(), agency), batch.events());
            for (EventFeed.Result result : results) {
                if (result.status() != EventFeed.Status.CREATED && result.status() != EventFeed.Status.DUPLICATE) {
                    throw new IllegalStateException("Demo event " + result.eventId() + " of " + story.name()
                            + " was " + result.status() + ": " + result.errors());
                }
                if (child != null && !child.equals(result.childId())) {
                    throw new IllegalStateException("Demo story " + story.name() + " linked to two children");
                }
                child = result.childId();
            }
        }
        OpenRecord record = records.open(teamManager(story), child, AuditAction.CHANGE_NETWORK, "demo data")
                .orElseThrow(() -> new IllegalStateException("Demo story " + story.name() + ": its team manager may not open it"));
        for (DemoStory.Member m : story.network()) {
            Practitioner practitioner = practitioners.byUsername(m.practitioner()).orElseThrow();
            var member = network.add(record, practitioner, m.role(), m.from(), m.allocated());
            if (m.to() != null) {
                network.end(record, member, m.to(), "Involvement ended (demo story)");
            }
        }
        for (DemoStory.Relative r : story.family()) {
            network.addFamilyMember(record, new CareNetwork.NewFamilyMember(r.name(),
                    CareNetwork.Relationship.valueOf(r.relationship()), r.livesWith(), r.dateOfBirth(), r.notes()));
        }
        plansDemo.load(story.name(), child);
        missingDemo.load(story.name(), child);
        jdbc.sql("insert into demo.loaded_story (story, child_id, shift_days, loaded_at) values (:s, :c, 0, :at)")
                .param("s", story.name()).param("c", child.value()).param("at", Timestamps.of(clock)).update();
        log.info("Loaded demo story {} as child {}", story.name(), child);
    }

    /**
     * The story's network is set up as its children's social care would: by a team manager of the
     * social care of the first practitioner named (who is responsible for the child, as the access
     * policy decides, and who alone allocates a social worker).
     */
    private Actor teamManager(DemoStory story) {
        Agency socialCare = agencies.byCode(story.network().getFirst().agency()).orElseThrow();
        Practitioner manager = practitioners.withRole(Role.TEAM_MANAGER, Set.of(socialCare.id())).stream()
                .filter(p -> !p.has(Role.MASH_OFFICER)).findFirst().orElseThrow();
        return new Actor.Person(manager.id(), manager.username(), manager.displayName(), manager.agency(),
                manager.roles());
    }

    private void print(String secret, PrintStream out) {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        StringBuilder text = new StringBuilder("\n=== Safeguarding Hub demo (synthetic data only) ===\n")
                .append("Open http://localhost:").append(port).append("/ and sign in as any of these users.\n")
                .append("Password for every demo user, and secret of every demo API client: ").append(secret).append('\n');
        for (DemoAccounts.DemoUser u : DemoAccounts.USERS) {
            text.append(String.format("  %-13s %-22s %-13s %s%n", u.username(), u.name(), u.agency(),
                    u.roles().stream().sorted().collect(Collectors.joining(","))));
        }
        Set<String> codes = DemoAccounts.AGENCIES.stream().map(DemoAccounts.DemoAgency::code)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        text.append("Partner API clients (client id = agency code): ").append(String.join(", ", codes)).append('\n')
                .append("  curl -u POLICE-NORTH:").append(secret).append(" -d grant_type=client_credentials http://localhost:")
                .append(port).append("/oauth2/token\n")
                .append("===================================================\n");
        out.print(text);
    }
}
