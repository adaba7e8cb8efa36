package org.safeguardinghub.missing.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.safeguardinghub.chronology.ChildPageSection;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.missing.Episodes;
import org.safeguardinghub.missing.TriggerPlans;
import org.springframework.stereotype.Component;

/**
 * Across the top of the child's page while the child is missing: since when and for how long, the
 * trigger plan's stage now and the next one, the sources that reported it, and the one click that
 * shares the missing profile with the police of the area where the child is.
 */
@Component
class LiveEpisodeBanner implements ChildPageSection {

    private final MissingPage page;
    private final Episodes episodes;
    private final TriggerPlans plans;

    LiveEpisodeBanner(MissingPage page, Episodes episodes, TriggerPlans plans) {
        this.page = page;
        this.episodes = episodes;
        this.plans = plans;
    }

    @Override
    public Place place() {
        return Place.BANNER;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<View> render(OpenRecord record) {
        return page.live(record).map(live -> {
            Map<String, Object> model = new HashMap<>(page.placement(record));
            model.put("childId", record.child().toString());
            model.put("live", live);
            model.put("elapsed", live.episode().duration(page.now()));
            model.put("position", plans.position(record, live.episode()).map(p -> (Object) p).orElse(""));
            model.put("plan", plans.current(record).map(p -> (Object) p).orElse(""));
            model.put("mayRecord", episodes.mayRecord(record).allowed());
            model.put("agencies", page.agencies());
            return new View("missing/banner", "liveEpisode", model);
        });
    }
}
