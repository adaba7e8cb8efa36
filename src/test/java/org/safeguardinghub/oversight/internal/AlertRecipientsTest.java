package org.safeguardinghub.oversight.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.alerts.Severity;
import org.safeguardinghub.oversight.internal.AlertRecipients.Because;

/** Who hears of an alert, and why. */
class AlertRecipientsTest {

    final UUID socialWorker = UUID.randomUUID();
    final UUID teamManager = UUID.randomUUID();
    final UUID teacher = UUID.randomUUID();
    final UUID police = UUID.randomUUID();
    final UUID school = UUID.randomUUID();
    final UUID policeLead = UUID.randomUUID();
    final UUID schoolLead = UUID.randomUUID();
    final UUID senior = UUID.randomUUID();
    final UUID mashManager = UUID.randomUUID();

    final List<AlertRecipients.Member> network = List.of(
            new AlertRecipients.Member(socialWorker, Set.of(Role.SOCIAL_WORKER)),
            new AlertRecipients.Member(teamManager, Set.of(Role.TEAM_MANAGER)),
            new AlertRecipients.Member(teacher, Set.of(Role.PRACTITIONER)));
    final Map<UUID, List<UUID>> leads = Map.of(police, List.of(policeLead), school, List.of(schoolLead));

    Map<UUID, Because> told(Severity severity, Set<UUID> contributing, Set<UUID> named) {
        return AlertRecipients.of(new AlertRecipients.Alerted(severity, contributing, network, leads, List.of(senior), named));
    }

    @Test
    void theCaseHoldersAndTheLeadsOfContributingAgenciesHearOfEveryAlert() {
        Map<UUID, Because> told = told(Severity.MEDIUM, Set.of(police), Set.of());
        assertThat(told).containsOnlyKeys(socialWorker, teamManager, policeLead);
        assertThat(told.get(socialWorker)).isEqualTo(Because.CASE_HOLDER);
        assertThat(told.get(policeLead)).isEqualTo(Because.LEAD_OF_CONTRIBUTING_AGENCY);
    }

    @Test
    void aPractitionerInTheNetworkWhoDoesNotHoldTheCaseIsNotToldByThisRule() {
        assertThat(told(Severity.HIGH, Set.of(school), Set.of())).doesNotContainKey(teacher).containsKey(schoolLead);
    }

    @Test
    void seniorManagersHearOfHighAlertsOnly() {
        assertThat(told(Severity.HIGH, Set.of(police), Set.of())).containsEntry(senior, Because.SENIOR_MANAGER_HIGH_SEVERITY);
        assertThat(told(Severity.MEDIUM, Set.of(police), Set.of())).doesNotContainKey(senior);
        assertThat(told(Severity.LOW, Set.of(police), Set.of())).doesNotContainKey(senior);
    }

    @Test
    void thoseTheReportingRuleNamesAreToldOnceWithTheFirstReasonKept() {
        Map<UUID, Because> told = told(Severity.MEDIUM, Set.of(), Set.of(mashManager, socialWorker));
        assertThat(told).containsEntry(mashManager, Because.NAMED_BY_RULE).containsEntry(socialWorker, Because.CASE_HOLDER);
        assertThat(told).hasSize(3);
    }
}
