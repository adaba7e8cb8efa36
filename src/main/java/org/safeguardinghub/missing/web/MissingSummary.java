package org.safeguardinghub.missing.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.safeguardinghub.chronology.ChildPageSection;
import org.safeguardinghub.chronology.OpenRecord;
import org.springframework.stereotype.Component;

/**
 * A card of the child's page summary: how many episodes, the last one, the next return interview due,
 * and, for a child placed out of area, both areas (the placing authority's and the host's).
 */
@Component
class MissingSummary implements ChildPageSection {

    private final MissingPage page;

    MissingSummary(MissingPage page) {
        this.page = page;
    }

    @Override
    public Place place() {
        return Place.SUMMARY;
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public Optional<View> render(OpenRecord record) {
        List<MissingPage.EpisodeRow> rows = page.rows(record);
        Map<String, Object> placement = page.placement(record);
        if (rows.isEmpty() && !(Boolean) placement.get("outOfArea")) {
            return Optional.empty();
        }
        Map<String, Object> model = new HashMap<>(placement);
        model.put("childId", record.child().toString());
        model.put("totals", page.totals(rows));
        model.put("last", rows.stream().filter(r -> !r.view().restricted()).findFirst().map(r -> (Object) r).orElse(""));
        model.put("agencies", page.agencies());
        return Optional.of(new View("missing/section", "missingGlance", model));
    }
}
