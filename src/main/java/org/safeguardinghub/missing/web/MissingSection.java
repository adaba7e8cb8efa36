package org.safeguardinghub.missing.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.safeguardinghub.access.AccessBasis;
import org.safeguardinghub.access.SharePurpose;
import org.safeguardinghub.access.Shares;
import org.safeguardinghub.chronology.ChildPageSection;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.missing.Episodes;
import org.safeguardinghub.missing.MissingProfiles;
import org.safeguardinghub.missing.TriggerPlans;
import org.safeguardinghub.plans.PlanType;
import org.safeguardinghub.plans.Plans;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The child's missing tab: every episode on a chart over time and in a table (each once, with the
 * sources that reported it, its return interview and its 72-hour clock), totals ever and per period,
 * the missing profile and the trigger plan, and both areas of a placement out of area.
 */
@Component
class MissingSection implements ChildPageSection {

    private final MissingPage page;
    private final Episodes episodes;
    private final MissingProfiles profiles;
    private final TriggerPlans plans;
    private final Shares shares;
    private final Plans childPlans;

    MissingSection(MissingPage page, Episodes episodes, MissingProfiles profiles, TriggerPlans plans, Shares shares,
                   Plans childPlans) {
        this.page = page;
        this.episodes = episodes;
        this.profiles = profiles;
        this.plans = plans;
        this.shares = shares;
        this.childPlans = childPlans;
    }

    @Override
    public String tab() {
        return "missing";
    }

    @Override
    public String titleKey() {
        return "missing.title";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Optional<View> render(OpenRecord record) {
        List<MissingPage.EpisodeRow> rows = page.rows(record);
        if (record.basis() == AccessBasis.MISSING_EPISODE) {
            shares.record(record.viewer(), record.child().value(), "missing profile and episodes (told of a missing episode)",
                    SharePurpose.SAFEGUARDING_WORK);
        }
        Map<String, Object> model = new HashMap<>(page.placement(record));
        model.put("childId", record.child().toString());
        model.put("rows", rows);
        model.put("restricted", rows.stream().filter(r -> r.view().restricted()).count());
        model.put("chart", page.chart(rows, LocaleContextHolder.getLocale()));
        model.put("totals", page.totals(rows));
        model.put("profile", profiles.current(record).map(p -> (Object) p).orElse(""));
        model.put("plan", plans.current(record).map(p -> (Object) p).orElse(""));
        // the stages are the carers' protocol; the plans module holds the plan itself (outcomes,
        // actions, reviews) as a MISSING_TRIGGER_PLAN: the tab shows the open one beside the stages
        model.put("triggerPlans", childPlans.ofChild(record).stream()
                .filter(p -> p.open() && p.type() == PlanType.MISSING_TRIGGER_PLAN).toList());
        model.put("mayRecord", episodes.mayRecord(record).allowed());
        model.put("live", page.live(record).map(v -> (Object) v).orElse(""));
        model.put("agencies", page.agencies());
        model.put("now", page.now());
        return Optional.of(new View("missing/section", "missingTab", model));
    }
}
