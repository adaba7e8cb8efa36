package org.safeguardinghub.risk.internal;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.safeguardinghub.access.ChildRelations;
import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.access.Practitioners;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.chronology.ChildRecords;
import org.safeguardinghub.notifications.Notifications;
import org.safeguardinghub.risk.Screening;
import org.springframework.stereotype.Component;

/**
 * Tells managers that a lowering waits for their agreement ({@link AgreementRecipients}), and the
 * screener what a manager answered, in the transaction of what it tells of. A notification carries
 * a link and says neither the child's name nor any level.
 */
@Component
public class ScreeningNotices {

    private final Practitioners practitioners;
    private final ChildRecords records;
    private final Notifications notifications;
    private final RiskTexts texts;

    ScreeningNotices(Practitioners practitioners, ChildRecords records, Notifications notifications, RiskTexts texts) {
        this.practitioners = practitioners;
        this.records = records;
        this.notifications = notifications;
        this.texts = texts;
    }

    public void askAgreement(Screening s) {
        Practitioner screener = practitioners.byUsername(s.screenedBy()).orElseThrow();
        List<Practitioner> managers = practitioners.withRole(Role.TEAM_MANAGER, Set.of(s.agencyId()));
        Set<java.util.UUID> named = records.relations(s.child()).orElse(ChildRelations.none()).members().stream()
                .map(ChildRelations.Member::practitionerId).filter(Objects::nonNull).collect(Collectors.toSet());
        var asked = AgreementRecipients.of(screener, managers, practitioners.byIds(named));
        notifications.tell(asked.keySet(), s.child(), texts.text("risk.notification.agreement.subject"),
                texts.text("risk.notification.agreement.body"), link(s));
    }

    public void decided(Screening s) {
        practitioners.byUsername(s.screenedBy()).ifPresent(screener -> notifications.tell(List.of(screener.id()), s.child(),
                texts.text("risk.notification.decided.subject"), texts.text("risk.notification.decided.body"), link(s)));
    }

    static String link(Screening s) {
        return "/children/" + s.child() + "/risk/screenings/" + s.id();
    }
}
