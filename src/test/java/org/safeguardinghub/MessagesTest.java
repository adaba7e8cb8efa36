package org.safeguardinghub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.access.AccessBasis;
import org.safeguardinghub.access.AgencyType;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.alerts.AlertCode;
import org.safeguardinghub.alerts.Severity;
import org.safeguardinghub.chronology.CareNetwork;
import org.safeguardinghub.chronology.EventType;
import org.safeguardinghub.chronology.Significance;
import org.safeguardinghub.frontdoor.Category;
import org.safeguardinghub.frontdoor.Contact;
import org.safeguardinghub.frontdoor.Outcome;
import org.safeguardinghub.frontdoor.ParentsAware;
import org.safeguardinghub.frontdoor.Rag;
import org.safeguardinghub.frontdoor.Urgency;
import org.safeguardinghub.frontdoor.internal.LevelChangeRule;
import org.safeguardinghub.oversight.Alert;
import org.safeguardinghub.oversight.Disagreement;
import org.safeguardinghub.oversight.ManagersView;
import org.safeguardinghub.oversight.rules.RuleParameter;

/**
 * Pages build some message keys from values ({@code 'event.type.' + type}); every value must have
 * its words in the bundle, or a page shows {@code ??key??}.
 */
class MessagesTest {

    static final Map<String, Class<? extends Enum<?>>> KEYED_BY_VALUE = Map.ofEntries(
            Map.entry("event.type.", EventType.class), Map.entry("event.types.", EventType.class),
            Map.entry("significance.", Significance.class), Map.entry("sensitivity.", Sensitivity.class),
            Map.entry("severity.", Severity.class), Map.entry("alert.code.", AlertCode.class),
            Map.entry("alert.status.", Alert.Status.class), Map.entry("role.", Role.class),
            Map.entry("agency.type.", AgencyType.class), Map.entry("access.basis.", AccessBasis.class),
            Map.entry("disagreement.kind.", Disagreement.DecisionKind.class),
            Map.entry("managers.sort.", ManagersView.Sort.class), Map.entry("rules.", RuleParameter.class),
            Map.entry("family.relationship.", CareNetwork.Relationship.class),
            Map.entry("category.", Category.class), Map.entry("parentsAware.", ParentsAware.class),
            Map.entry("urgency.", Urgency.class), Map.entry("rag.", Rag.class), Map.entry("outcome.", Outcome.class),
            Map.entry("contact.statusName.", Contact.Status.class), Map.entry("contact.source.", Contact.Source.class),
            Map.entry("level.kind.", LevelChangeRule.Kind.class),
            Map.entry("review.status.", org.safeguardinghub.identity.MatchReviews.Status.class),
            Map.entry("review.decision.", org.safeguardinghub.identity.MatchReviews.Decision.class),
            Map.entry("audit.action.", org.safeguardinghub.access.AuditAction.class),
            Map.entry("audit.verify.", org.safeguardinghub.access.internal.audit.ChainVerification.Kind.class),
            Map.entry("audit.unusual.reason.", org.safeguardinghub.access.internal.audit.UnusualAccessPolicy.Kind.class));

    /** Every module's bundle, as spring.messages.basename lists them. */
    static List<String> bundles() throws IOException {
        Properties application = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/application.properties")) {
            application.load(in);
        }
        return List.of(application.getProperty("spring.messages.basename").split(","));
    }

    static Properties all() throws IOException {
        Properties messages = new Properties();
        for (String bundle : bundles()) {
            try (InputStream in = MessagesTest.class.getResourceAsStream("/" + bundle.strip() + ".properties")) {
                assertThat(in).as(bundle).isNotNull();
                messages.load(in);
            }
        }
        return messages;
    }

    @Test
    void eachKeyIsInOneModulesBundleOnly() throws IOException {
        Map<String, String> owner = new HashMap<>();
        List<String> twice = new ArrayList<>();
        for (String bundle : bundles()) {
            Properties one = new Properties();
            try (InputStream in = MessagesTest.class.getResourceAsStream("/" + bundle.strip() + ".properties")) {
                one.load(in);
            }
            one.stringPropertyNames().forEach(key -> {
                String first = owner.putIfAbsent(key, bundle);
                if (first != null) {
                    twice.add(key + " in " + first + " and " + bundle);
                }
            });
        }
        assertThat(owner).hasSizeGreaterThan(700);
        assertThat(twice).isEmpty();
    }

    @Test
    void everyValueShownOnAPageHasItsWords() throws IOException {
        Properties messages = all();
        List<String> missing = new ArrayList<>();
        KEYED_BY_VALUE.forEach((prefix, type) -> {
            for (Enum<?> value : type.getEnumConstants()) {
                if (!messages.containsKey(prefix + value.name())) {
                    missing.add(prefix + value.name());
                }
            }
        });
        for (String key : List.of("disagreement.stage.1", "disagreement.stage.2", "disagreement.stage.3",
                "disagreement.stage.4", "identifier.NHS", "identifier.UPN", "identifier.LOCAL")) {
            if (!messages.containsKey(key)) {
                missing.add(key);
            }
        }
        assertThat(missing).isEmpty();
    }
}
