package org.safeguardinghub.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.access.internal.OidcGroupMapping.Account;
import org.safeguardinghub.access.internal.OidcGroupMapping.Reason;
import org.safeguardinghub.access.internal.OidcProperties.GroupGrant;

/** The provider's groups give roles only to an active account of the agency the groups name (ADR 0030). */
class OidcGroupMappingTest {

    static final Map<String, GroupGrant> GRANTS = Map.of(
            "csc-north-sw", new GroupGrant("CSC-NORTH", Set.of(Role.PRACTITIONER, Role.SOCIAL_WORKER)),
            "csc-north-tm", new GroupGrant("CSC-NORTH", Set.of(Role.TEAM_MANAGER)),
            "police-north", new GroupGrant("POLICE-NORTH", Set.of(Role.PRACTITIONER)),
            "csc-north-nothing", new GroupGrant("CSC-NORTH", Set.of()));
    static final Account NORTH_SOCIAL_CARE = new Account(true, "CSC-NORTH");

    final OidcGroupMapping mapping = new OidcGroupMapping(GRANTS);

    @Example
    void aMappedGroupGivesItsRolesToAnActiveAccountOfItsAgency() {
        OidcGroupMapping.Decision decision = mapping.decide(List.of("csc-north-sw", "everyone"), NORTH_SOCIAL_CARE);
        assertThat(decision.allowed()).isTrue();
        assertThat(decision.reason()).isEqualTo(Reason.SIGNED_IN);
        assertThat(decision.roles()).containsExactlyInAnyOrder(Role.PRACTITIONER, Role.SOCIAL_WORKER);
        assertThat(decision.detail()).isEqualTo("groups [csc-north-sw, everyone] give [PRACTITIONER, SOCIAL_WORKER]");
    }

    @Example
    void severalGroupsOfOneAgencyGiveTheUnionOfTheirRoles() {
        assertThat(mapping.decide(List.of("csc-north-tm", "csc-north-sw"), NORTH_SOCIAL_CARE).roles())
                .containsExactlyInAnyOrder(Role.PRACTITIONER, Role.SOCIAL_WORKER, Role.TEAM_MANAGER);
    }

    @Example
    void noLinkedAccountIsRefusedFirst() {
        assertRefused(mapping.decide(List.of("csc-north-sw"), null), Reason.NO_ACCOUNT);
    }

    @Example
    void aDeactivatedAccountIsRefusedWhateverTheGroups() {
        assertRefused(mapping.decide(List.of("csc-north-sw"), new Account(false, "CSC-NORTH")), Reason.DEACTIVATED);
    }

    @Example
    void noGroupsOrOnlyUnknownOnesOrOnesThatGiveNoRoleAreRefused() {
        assertRefused(mapping.decide(List.of(), NORTH_SOCIAL_CARE), Reason.NO_MAPPED_GROUP);
        assertRefused(mapping.decide(List.of("finance", "CSC-NORTH-SW"), NORTH_SOCIAL_CARE), Reason.NO_MAPPED_GROUP);
        assertRefused(mapping.decide(List.of("csc-north-nothing"), NORTH_SOCIAL_CARE), Reason.NO_MAPPED_GROUP);
    }

    @Example
    void groupsOfAnotherAgencyOrOfTwoAgenciesAreRefused() {
        assertRefused(mapping.decide(List.of("police-north"), NORTH_SOCIAL_CARE), Reason.OTHER_AGENCY);
        assertRefused(mapping.decide(List.of("police-north", "csc-north-sw"), NORTH_SOCIAL_CARE),
                Reason.GROUPS_OF_SEVERAL_AGENCIES);
    }

    @Example
    void theSignInPageExplainsOnlyKnownRefusals() {
        assertThat(OidcGroupMapping.refusalMessageKey("OTHER_AGENCY")).contains("login.sso.refused.OTHER_AGENCY");
        assertThat(OidcGroupMapping.refusalMessageKey("PROVIDER_ERROR")).contains("login.sso.refused.PROVIDER_ERROR");
        assertThat(OidcGroupMapping.refusalMessageKey("PROVIDER_UNAVAILABLE")).contains("login.sso.refused.PROVIDER_UNAVAILABLE");
        assertThat(OidcGroupMapping.refusalMessageKey("SIGNED_IN")).isEmpty();
        assertThat(OidcGroupMapping.refusalMessageKey("<script>")).isEmpty();
        assertThat(OidcGroupMapping.refusalMessageKey(null)).isEmpty();
    }

    /** Whatever the groups, a sign-in never gives a role that no claimed group maps to, nor one of another agency. */
    @Property
    void rolesComeOnlyFromClaimedGroupsOfTheAccountsAgency(@ForAll("groups") List<String> groups,
                                                           @ForAll("accounts") Account account) {
        OidcGroupMapping.Decision decision = mapping.decide(groups, account);
        Set<Role> allowed = EnumSet.noneOf(Role.class);
        groups.stream().filter(GRANTS::containsKey).map(GRANTS::get)
                .filter(grant -> account != null && grant.agency().equals(account.agencyCode()))
                .forEach(grant -> allowed.addAll(grant.roles()));
        assertThat(allowed).containsAll(decision.roles());
        assertThat(decision.allowed()).isEqualTo(!decision.roles().isEmpty());
        if (decision.allowed()) {
            assertThat(account.active()).isTrue();
            assertThat(decision.roles()).isEqualTo(allowed);
        }
    }

    @Provide
    Arbitrary<List<String>> groups() {
        List<String> names = new ArrayList<>(GRANTS.keySet());
        names.add("finance");
        names.add("everyone");
        return Arbitraries.of(names).list().ofMaxSize(5);
    }

    @Provide
    Arbitrary<Account> accounts() {
        return Arbitraries.of("CSC-NORTH", "POLICE-NORTH", "ED-NORTH").flatMap(agency -> Arbitraries.of(true, false)
                .map(active -> new Account(active, agency))).injectNull(0.1);
    }

    private static void assertRefused(OidcGroupMapping.Decision decision, Reason reason) {
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.reason()).isEqualTo(reason);
        assertThat(decision.roles()).isEmpty();
        assertThat(reason.messageKey()).isEqualTo("login.sso.refused." + reason.name());
    }
}
