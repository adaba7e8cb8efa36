package org.safeguardinghub.demo.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.access.Practitioners;
import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.chronology.CareNetwork;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.ChildRecords;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.risk.ContextKind;
import org.safeguardinghub.risk.ContextLink;
import org.safeguardinghub.risk.ContextLinks;
import org.safeguardinghub.risk.Contexts;
import org.safeguardinghub.risk.RiskLevel;
import org.safeguardinghub.risk.ScreeningTools;
import org.safeguardinghub.risk.Screenings;
import org.safeguardinghub.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The exploitation risk part of the demo (issue 17), made once through the risk module's facades as
 * practitioners would: Zoë screened by her social worker and then by the police; Amara (12) screened
 * by the police, whose judgement of high is above the tool's medium; both linked to the Ringway Lodge
 * hotel and to the man known as 'Dee' (police intelligence), which raises SHARED_PERSON_OF_CONCERN
 * for the second. Synthetic, like every demo child.
 */
@Component
class RiskDemo {

    static final String MARK = "risk";
    static final String ZOE = "01-zoe.json";
    static final String AMARA = "17-amara.json";

    private final Screenings screenings;
    private final ScreeningTools tools;
    private final Contexts contexts;
    private final ContextLinks links;
    private final ChildRecords records;
    private final CareNetwork network;
    private final Practitioners practitioners;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RiskDemo(Screenings screenings, ScreeningTools tools, Contexts contexts, ContextLinks links, ChildRecords records, CareNetwork network,
             Practitioners practitioners, JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
        this.screenings = screenings;
        this.tools = tools;
        this.contexts = contexts;
        this.links = links;
        this.records = records;
        this.network = network;
        this.practitioners = practitioners;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Loads the risk demo once, after the children's stories. */
    void loadOnce() {
        Optional<ChildId> zoe = story(ZOE);
        Optional<ChildId> amara = story(AMARA);
        boolean loaded = jdbc.sql("select count(*) from demo.loaded_story where story = :s").param("s", MARK)
                .query(Integer.class).single() > 0;
        if (loaded || zoe.isEmpty() || amara.isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> load(zoe.get(), amara.get()));
    }

    private void load(ChildId zoe, ChildId amara) {
        Actor.Person social = person("sw.north");
        Actor.Person police = person("police.north");
        // the CSE team takes Zoë on once the hotel and the man are known (her story names no police officer)
        network.add(open(person("tm.north"), zoe), practitioners.byUsername("police.north").orElseThrow(), "CSE team officer",
                LocalDate.now(clock), false);
        screen(open(social, zoe), Map.of("missing-episodes", "NOW", "substance-misuse", "NOW", "excluded", "EARLIER"),
                RiskLevel.MEDIUM, "Missing overnight twice this term; alcohol and cannabis. Held at medium pending the police view.");
        screen(open(police, zoe), Map.of("missing-episodes", "NOW", "substance-misuse", "NOW", "older-partner", "NOW",
                "unexplained-money", "NOW", "excluded", "EARLIER"), RiskLevel.HIGH,
                "Found at the Ringway Lodge with an adult male; new phone and trainers she cannot explain.");
        screen(open(police, amara), Map.of("missing-episodes", "NOW"), RiskLevel.HIGH,
                "Twelve years old, found twice at the Ringway Lodge, once with a man in his twenties who left before we "
                        + "could speak to him. The tool counts one indicator; my judgement is high.");
        UUID hotel = link(open(police, zoe), null, new Contexts.NewContext(ContextKind.PLACE, "Ringway Lodge hotel, Northbridge",
                "Rooms booked in adults' names; children seen in the car park at night.", Sensitivity.STANDARD));
        UUID dee = link(open(police, zoe), null, new Contexts.NewContext(ContextKind.PERSON_OF_CONCERN,
                "'Dee', male in his twenties, tenant of the flat above the takeaway on Ferris Street",
                "Supplies cannabis; collects girls in a grey hatchback.", Sensitivity.POLICE_INTELLIGENCE));
        link(open(police, amara), hotel, null);
        link(open(police, amara), dee, null);
        jdbc.sql("insert into demo.loaded_story (story, child_id, shift_days, loaded_at) values (:s, :c, 0, :at)")
                .param("s", MARK).param("c", amara.value()).param("at", Timestamps.of(clock)).update();
    }

    private void screen(OpenRecord record, Map<String, String> found, RiskLevel judged, String rationale) {
        Screenings.Outcome outcome = screenings.complete(record, new Screenings.Request(tools.current().version(), found, judged,
                rationale, Sensitivity.STANDARD));
        if (!outcome.problems().isEmpty()) {
            throw new IllegalStateException("Demo screening refused: " + outcome.problems());
        }
    }

    /** Links the child to an existing context, or to a new one; returns the context's id. */
    private UUID link(OpenRecord record, UUID existing, Contexts.NewContext created) {
        Map<String, String> problems = links.link(record, new ContextLinks.Request(existing, created,
                ContextLink.Source.PRACTITIONER, null, null));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Demo link refused: " + problems);
        }
        return existing != null ? existing : links.of(record).stream().map(ContextLinks.Seen::context)
                .filter(c -> c.name().equals(created.name())).findFirst().orElseThrow().id();
    }

    private Optional<ChildId> story(String name) {
        return jdbc.sql("select child_id from demo.loaded_story where story = :s").param("s", name).query(UUID.class)
                .optional().map(ChildId::new);
    }

    private OpenRecord open(Actor viewer, ChildId child) {
        return records.open(viewer, child, AuditAction.VIEW_CHILD, "demo data: exploitation risk")
                .orElseThrow(() -> new IllegalStateException("Demo: " + viewer + " may not open " + child));
    }

    private Actor.Person person(String username) {
        Practitioner p = practitioners.byUsername(username).orElseThrow();
        return new Actor.Person(p.id(), p.username(), p.displayName(), p.agency(), p.roles());
    }
}
