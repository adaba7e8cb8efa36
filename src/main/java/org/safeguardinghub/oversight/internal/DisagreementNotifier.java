package org.safeguardinghub.oversight.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.safeguardinghub.access.Agencies;
import org.safeguardinghub.access.Agency;
import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.access.Practitioners;
import org.safeguardinghub.chronology.CareNetwork;
import org.safeguardinghub.notifications.Notifications;
import org.safeguardinghub.oversight.Disagreement;
import org.springframework.stereotype.Component;

/** Tells the people {@link DisagreementRecipients} names that a disagreement is theirs, or has moved on. */
@Component
public class DisagreementNotifier {

    private final Agencies agencies;
    private final Practitioners practitioners;
    private final CareNetwork network;
    private final Notifications notifications;
    private final OversightTexts texts;

    DisagreementNotifier(Agencies agencies, Practitioners practitioners, CareNetwork network,
                         Notifications notifications, OversightTexts texts) {
        this.agencies = agencies;
        this.practitioners = practitioners;
        this.network = network;
        this.notifications = notifications;
        this.texts = texts;
    }

    /** The disagreement is now the stage's people's to answer. */
    public void stageReached(Disagreement d) {
        DisagreementRecipients.Audience audience = DisagreementRecipients.ofStage(d.stage(), parties(d));
        Set<UUID> recipients = new LinkedHashSet<>(audience.people());
        audience.roles().forEach(r -> practitioners.withRole(r.role(), r.agencies())
                .forEach(p -> recipients.add(p.id())));
        send(d, recipients, texts.text("notification.disagreement.stage", d.stage(),
                texts.text("disagreement.stage." + d.stage())));
    }

    /** Someone responded to or resolved it: the two people in it are told. */
    public void changed(Disagreement d, Disagreement.Action action) {
        String key = action == Disagreement.Action.RESOLVED ? "notification.disagreement.resolved"
                : "notification.disagreement.responded";
        send(d, DisagreementRecipients.parties(parties(d)), texts.text(key));
    }

    private DisagreementRecipients.Parties parties(Disagreement d) {
        UUID raisedBy = agencyId(d.raisedByAgency());
        UUID with = agencyId(d.withAgency());
        return new DisagreementRecipients.Parties(personId(d.raisedBy()), raisedBy, personId(d.withPractitioner()), with,
                partnership(raisedBy, with));
    }

    private void send(Disagreement d, Set<UUID> recipients, String subject) {
        String body = texts.text("notification.disagreement.body", texts.day(d.stageDueOn()));
        notifications.tell(recipients, d.child(), subject, body, "/children/" + d.child() + "/disagreements/" + d.id());
    }

    /** The agencies of the safeguarding partnership of the two sides' areas (whose analysts hear stage 4). */
    private Set<UUID> partnership(UUID raisedBy, UUID with) {
        List<Agency> sides = java.util.stream.Stream.of(raisedBy, with).map(agencies::byId).flatMap(java.util.Optional::stream)
                .toList();
        return agencies.all().stream().filter(a -> sides.stream().anyMatch(a::sharesAreaWith)).map(Agency::id)
                .collect(Collectors.toSet());
    }

    private UUID personId(String username) {
        return username == null ? null : practitioners.byUsername(username).map(Practitioner::id).orElse(null);
    }

    private UUID agencyId(String code) {
        return agencies.byCode(code).map(Agency::id).orElse(null);
    }
}
