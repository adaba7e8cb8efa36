package org.safeguardinghub.frontdoor.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.safeguardinghub.access.Agencies;
import org.safeguardinghub.access.ChildRelations;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.chronology.AccessGrants;
import org.springframework.stereotype.Component;

/**
 * The MASH handling a contact may open its child's record while the contact is open: the MASH
 * officers and team managers of the children's social care serving the referrer's agency, from the
 * contact's arrival until its decision is signed off. The referring agency is part of the open
 * contact too (contract v1.1): its partner system reads the record meanwhile; its people, through
 * their own relationships.
 */
@Component
public class MashAccess {

    static final Set<Role> MASH = Set.of(Role.MASH_OFFICER, Role.TEAM_MANAGER);
    static final String GRANTED_BY = "system:frontdoor";

    private final AccessGrants grants;
    private final Agencies agencies;

    MashAccess(AccessGrants grants, Agencies agencies) {
        this.grants = grants;
        this.agencies = agencies;
    }

    /** The contacts just opened that wait for a decision give their MASH access. */
    public void openedAll(List<ContactStore.NewContact> contacts) {
        for (ContactStore.NewContact contact : contacts) {
            if (!contact.awaitingDecision()) {
                continue;
            }
            for (UUID socialCare : agencies.childrensSocialCareServing(Set.of(contact.referrerAgencyId()))) {
                grants.toRoles(contact.child(), ChildRelations.GrantKind.MASH, socialCare, MASH,
                        "contact " + contact.reference() + " open at the front door", contact.reference(), GRANTED_BY);
            }
            // contract v1.1: the referrer is part of the open contact, so its partner system reads the record meanwhile
            grants.toRoles(contact.child(), ChildRelations.GrantKind.MASH, contact.referrerAgencyId(), Set.of(),
                    "contact " + contact.reference() + " made by this agency, open at the front door", contact.reference(),
                    GRANTED_BY);
        }
    }

    /** The contact's decision is signed off: the MASH's access through it ends. */
    public void closed(String reference, String by) {
        grants.end(ChildRelations.GrantKind.MASH, reference, by);
    }
}
