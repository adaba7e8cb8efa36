package org.safeguardinghub.missing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Agency;
import org.safeguardinghub.access.AgencyType;
import org.safeguardinghub.access.Permission;
import org.safeguardinghub.access.Role;

/** The patterns table is for managers and safeguarding leads, whatever else a person's roles are, and never for a partner system. */
class PatternsPermissionProperties {

    static final Agency POLICE = new Agency(UUID.randomUUID(), "POLICE-NORTH", "Police", AgencyType.POLICE, "North");

    @Property
    void allowedExactlyWhenOneRoleIsAManagers(@ForAll Set<Role> roles, @ForAll AgencyType type) {
        Agency agency = new Agency(UUID.randomUUID(), "X", "X", type, "North");
        Permission may = MissingPermissions.patterns(new Actor.Person(UUID.randomUUID(), "p", "P", agency, roles));
        boolean manager = roles.contains(Role.TEAM_MANAGER) || roles.contains(Role.SENIOR_MANAGER)
                || roles.contains(Role.SAFEGUARDING_LEAD);
        assertThat(may.allowed()).isEqualTo(manager);
        assertThat(may.reason()).isEqualTo(manager ? "missing.permission.manager" : "missing.error.patternsForManagers");
    }

    @Property
    void aPartnerSystemIsRefused(@ForAll AgencyType type) {
        Agency agency = new Agency(UUID.randomUUID(), "X", "X", type, "North");
        assertThat(MissingPermissions.patterns(new Actor.PartnerSystem("X", agency)).refused()).isTrue();
        assertThat(MissingPermissions.patterns(new Actor.Person(UUID.randomUUID(), "p", "P", POLICE,
                Set.of(Role.PRACTITIONER, Role.SOCIAL_WORKER))).refused()).isTrue();
    }
}
