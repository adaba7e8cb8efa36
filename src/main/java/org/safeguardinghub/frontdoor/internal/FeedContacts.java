package org.safeguardinghub.frontdoor.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.safeguardinghub.calendar.WorkingDays;
import org.safeguardinghub.chronology.EventType;
import org.safeguardinghub.chronology.EventsRecorded;
import org.safeguardinghub.chronology.RecordedContents;
import org.safeguardinghub.frontdoor.Contact;
import org.safeguardinghub.frontdoor.FrontDoorProperties;
import org.safeguardinghub.frontdoor.ParentsAware;
import org.safeguardinghub.frontdoor.Urgency;
import org.safeguardinghub.shared.Ids;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * A {@code CONTACT} sent through the event feed is a contact like one made on the web form: it is
 * opened at the front door in the transaction that records it, with its reference and deadline. One
 * made longer ago than {@code feed-contacts-within} is history a partner is loading: it is kept as
 * a contact (it counts among the child's previous contacts) but does not wait for a decision.
 */
@Component
class FeedContacts {

    private final ContactStore store;
    private final MashAccess mash;
    private final RecordedContents recorded;
    private final WorkingDays workingDays;
    private final DecisionTimescale timescale;
    private final FrontDoorProperties properties;
    private final Clock clock;

    FeedContacts(ContactStore store, RecordedContents recorded, WorkingDays workingDays, FrontDoorProperties properties,
                 MashAccess mash, Clock clock) {
        this.store = store;
        this.mash = mash;
        this.recorded = recorded;
        this.workingDays = workingDays;
        this.timescale = new DecisionTimescale(properties.decisionWorkingDays(), properties.assessmentWorkingDays());
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    void on(EventsRecorded events) {
        if (!events.fromPartnerFeed()) {
            return;
        }
        List<UUID> contacts = events.events().stream().filter(e -> e.type() == EventType.CONTACT)
                .map(EventsRecorded.Recorded::eventId).toList();
        if (contacts.isEmpty()) {
            return;
        }
        List<RecordedContents.Content> contents = recorded.of(contacts);
        Instant now = clock.instant();
        Instant due = timescale.decisionDue(now, workingDays.calendar()).due();
        Iterator<String> references = store.nextReferences(Year.now(clock).getValue(), contents.size()).iterator();
        List<ContactStore.NewContact> opened = new ArrayList<>();
        for (RecordedContents.Content event : contents) {
            boolean awaiting = !event.occurredAt().isBefore(now.minus(properties.feedContactsWithin()));
            opened.add(new ContactStore.NewContact(Ids.newId(), references.next(), event.child(), event.eventId(),
                    Contact.Source.FEED, event.sourceEventId(), event.agencyId(), null,
                    text(event.details(), "referrerName"), text(event.details(), "referrerRole"),
                    Optional.ofNullable(text(event.details(), "concern")).orElse(event.summary()),
                    categories(event.details()), text(event.details(), "childsVoice"),
                    Input.choice(ParentsAware.class, text(event.details(), "parentsAware"))
                            .orElse(ParentsAware.NOT_KNOWN),
                    Urgency.of(event.significance()), event.occurredAt(), event.recordedAt(), due, awaiting,
                    event.sensitivity()));
        }
        store.insert(opened);
        mash.openedAll(opened);
    }

    private static String text(JsonNode details, String field) {
        JsonNode value = details == null ? null : details.get(field);
        return value == null || !value.isString() || value.stringValue().isBlank() ? null : value.stringValue().strip();
    }

    private static List<String> categories(JsonNode details) {
        JsonNode list = details == null ? null : details.get("categories");
        List<String> categories = new ArrayList<>();
        if (list != null && list.isArray()) {
            list.forEach(c -> {
                if (c.isString()) {
                    categories.add(c.stringValue());
                }
            });
        }
        return categories;
    }
}
