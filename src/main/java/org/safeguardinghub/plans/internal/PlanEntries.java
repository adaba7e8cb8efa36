package org.safeguardinghub.plans.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.safeguardinghub.access.Agencies;
import org.safeguardinghub.access.Agency;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.ChronologyEntries;
import org.safeguardinghub.chronology.NewEvent;
import org.safeguardinghub.chronology.Significance;
import org.safeguardinghub.plans.PlanCategory;
import org.safeguardinghub.plans.PlanType;
import org.safeguardinghub.shared.Formats;
import org.safeguardinghub.shared.HubTime;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What plans put in the child's chronology, so the one chronology tells of every plan made,
 * reviewed and ended, every action agreed with its owner, and every refused withdrawal (DESIGN.md:
 * actions and minutes "never reached the child's record"). Entries are standard notes in the words
 * of {@code messages/plans.properties}; they are also the evidence of the plans' alerts.
 */
@Component
public class PlanEntries {

    private final ChronologyEntries entries;
    private final MessageSource messages;
    private final Formats formats;
    private final Agencies agencies;
    private final Clock clock;

    PlanEntries(ChronologyEntries entries, MessageSource messages, Formats formats, Agencies agencies, Clock clock) {
        this.entries = entries;
        this.messages = messages;
        this.formats = formats;
        this.agencies = agencies;
        this.clock = clock;
    }

    /** Records a note about the child as from the agency, on the day given (now, if today), with this significance. */
    public UUID record(ChildId child, UUID agencyId, ChronologyEntries.Author author, LocalDate on, Significance significance,
                       String key, Object... args) {
        return entries.record(child, agencyId, author, NewEvent.note(at(on), text(key, args)).withSignificance(significance));
    }

    /** "child protection plan (neglect)", as entries and pages name a plan. */
    public String planName(PlanType type, PlanCategory category) {
        String name = text("plan.type.name." + type);
        return category == null ? name : text("plan.nameWithCategory", name, text("plan.category." + category));
    }

    public String agencyCode(UUID agencyId) {
        return agencies.byId(agencyId).map(Agency::code).orElse("?");
    }

    public String date(LocalDate day) {
        return formats.date(day);
    }

    public String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.UK);
    }

    /** A day's entry occurs at the start of that day, or now if it is today (an entry may not be in the future). */
    private Instant at(LocalDate day) {
        Instant now = clock.instant();
        return day == null || !day.isBefore(LocalDate.ofInstant(now, HubTime.ZONE)) ? now : day.atStartOfDay(HubTime.ZONE).toInstant();
    }
}
