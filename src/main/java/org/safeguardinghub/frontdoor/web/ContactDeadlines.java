package org.safeguardinghub.frontdoor.web;

import java.util.ArrayList;
import java.util.List;

import org.safeguardinghub.chronology.ChildDeadlines;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.frontdoor.Contact;
import org.safeguardinghub.frontdoor.Contacts;
import org.safeguardinghub.shared.HubTime;
import org.springframework.stereotype.Component;

/**
 * The front door's deadlines for a child: a decision on each contact still waiting for one (one
 * working day from its arrival), and the assessment of each referral that started one (45 working
 * days from the referral).
 */
@Component
class ContactDeadlines implements ChildDeadlines {

    private final Contacts contacts;

    ContactDeadlines(Contacts contacts) {
        this.contacts = contacts;
    }

    @Override
    public List<Deadline> deadlines(OpenRecord record) {
        List<Deadline> due = new ArrayList<>();
        String link = contacts.mayTriage(record.viewer()) ? "/triage/" : null;
        for (Contact contact : contacts.ofChild(record)) {
            String page = link == null ? "/children/" + record.child() + "?tab=level-of-need#tab" : link + contact.reference();
            if (contact.status() == Contact.Status.AWAITING_DECISION) {
                due.add(new Deadline(contact.decisionDueAt(), false, "contact.due.decision",
                        List.of(contact.reference()), page));
            }
            contacts.assessmentDue(contact).ifPresent(day -> due.add(new Deadline(HubTime.endOf(day), true, "contact.due.assessment",
                    List.of(contact.reference()), page)));
        }
        return due;
    }
}
