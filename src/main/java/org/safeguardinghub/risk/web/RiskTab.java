package org.safeguardinghub.risk.web;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.safeguardinghub.access.Agencies;
import org.safeguardinghub.access.Agency;
import org.safeguardinghub.chronology.ChronologyEntry;
import org.safeguardinghub.chronology.ChronologyQuery;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.risk.ContextLinks;
import org.safeguardinghub.risk.RiskHistory;
import org.safeguardinghub.risk.Screening;
import org.safeguardinghub.risk.Screenings;
import org.safeguardinghub.risk.internal.RescreenRule;
import org.safeguardinghub.risk.internal.RiskTexts;
import org.springframework.stereotype.Component;

/**
 * What the child's exploitation risk tab and summary card show, as the viewer may see it: the level
 * in force and how it came to be, the line over time, each screening (its indicators and rationale
 * only where the viewer reads them), a prompt to re-screen (its reasons only where the viewer reads
 * every event behind them), the evidence added since the last screening, and the child's contexts.
 */
@Component
public class RiskTab {

    private final Screenings screenings;
    private final ContextLinks links;
    private final ChronologyQuery chronology;
    private final Agencies agencies;
    private final RiskTexts texts;
    private final Clock clock;

    RiskTab(Screenings screenings, ContextLinks links, ChronologyQuery chronology, Agencies agencies, RiskTexts texts,
            Clock clock) {
        this.screenings = screenings;
        this.links = links;
        this.chronology = chronology;
        this.agencies = agencies;
        this.texts = texts;
        this.clock = clock;
    }

    /** Why a re-screen is due, as this viewer may be told: the reasons they may read, and whether restricted information adds to them. */
    public record Prompt(List<String> reasons, boolean restricted) {

        public boolean due() {
            return !reasons.isEmpty() || restricted;
        }
    }

    Map<String, Object> summary(OpenRecord record, RiskHistory history) {
        Map<String, Object> model = new HashMap<>();
        model.put("childId", record.child().toString());
        model.put("latest", history.latest().map(s -> (Object) s).orElse(""));
        model.put("prompt", prompt(record, history));
        return model;
    }

    Map<String, Object> tab(OpenRecord record) {
        RiskHistory history = screenings.history(record);
        Map<String, Object> model = summary(record, history);
        model.put("history", history);
        model.put("line", RiskLineLayout.layout(history, clock.instant()));
        Map<UUID, Boolean> readable = new HashMap<>();
        history.screenings().forEach(s -> readable.put(s.id(), screenings.mayRead(record, s)));
        model.put("readable", readable);
        model.put("since", history.latest().map(s -> (Object) screenings.evidenceSince(record, s)).orElse(""));
        List<ContextLinks.Seen> seen = links.of(record);
        model.put("links", seen.stream().filter(l -> l.link().current()).toList());
        model.put("ended", seen.stream().filter(l -> !l.link().current()).toList());
        model.put("agencyNames", agencyNames());
        model.put("mayScreen", screenings.mayScreen(record).allowed());
        model.put("mayLink", links.mayLink(record).allowed());
        model.put("now", clock.instant());
        return model;
    }

    Prompt prompt(OpenRecord record, RiskHistory history) {
        List<RescreenRule.Trigger> triggers = screenings.rescreen(record, history);
        if (triggers.isEmpty()) {
            return new Prompt(List.of(), false);
        }
        Map<UUID, ChronologyEntry> seen = new HashMap<>();
        chronology.entries(record, triggers.stream().flatMap(t -> t.events().stream()).toList())
                .forEach(e -> seen.put(e.eventId(), e));
        List<String> reasons = triggers.stream().filter(t -> t.events().stream().allMatch(id -> readable(seen.get(id))))
                .map(t -> texts.reason(t.reason())).toList();
        boolean restricted = triggers.stream().anyMatch(t -> !t.events().stream().allMatch(id -> readable(seen.get(id))));
        return new Prompt(reasons, restricted);
    }

    private static boolean readable(ChronologyEntry entry) {
        return entry != null && !entry.restricted();
    }

    private Map<UUID, String> agencyNames() {
        Map<UUID, String> names = new HashMap<>();
        agencies.all().forEach(a -> names.put(a.id(), a.name()));
        return names;
    }

    static Optional<Screening> waiting(RiskHistory history) {
        return history.latest().filter(Screening::awaitingAgreement);
    }

    static String agencyName(Agencies agencies, UUID id) {
        return agencies.byId(id).map(Agency::name).orElse("");
    }
}
