package org.safeguardinghub.chronology.web;

import java.util.Map;
import java.util.Optional;

import org.safeguardinghub.access.Agencies;
import org.safeguardinghub.access.Agency;
import org.safeguardinghub.access.Shares;
import org.safeguardinghub.chronology.ChildPageSection;
import org.safeguardinghub.chronology.OpenRecord;
import org.springframework.stereotype.Component;

/** A tab of the child's page: who has received what about the child, for what purpose, on what lawful basis. */
@Component
class SharingSection implements ChildPageSection {

    static final int SHOWN = 200;

    private final Shares shares;
    private final Agencies agencies;

    SharingSection(Shares shares, Agencies agencies) {
        this.shares = shares;
        this.agencies = agencies;
    }

    @Override
    public String tab() {
        return "sharing";
    }

    @Override
    public String titleKey() {
        return "sharing.title";
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public Optional<View> render(OpenRecord record) {
        if (!record.wholeRecord()) {
            return Optional.empty();
        }
        Map<java.util.UUID, String> names = new java.util.HashMap<>();
        agencies.all().forEach(a -> names.put(a.id(), a.name() + " (" + a.code() + ")"));
        return Optional.of(new View("children/sharing", "section", Map.of("shares",
                shares.ofChild(record.child().value(), SHOWN), "agencies", names)));
    }
}
