package org.safeguardinghub.chronology;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.safeguardinghub.access.ChildRelations;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.chronology.children.RelationStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Relationships other modules give with a child for a while, which open the record as the access
 * policy says: the MASH while a contact is open (the front door), an invitation to a meeting (the
 * meetings module). A grant ends when its purpose does; nothing is deleted.
 */
@Service
public class AccessGrants {

    private final RelationStore relations;

    AccessGrants(RelationStore relations) {
        this.relations = relations;
    }

    /** Holders of these roles in an agency, until the grant for {@code source} is ended. */
    @Transactional
    public UUID toRoles(ChildId child, ChildRelations.GrantKind kind, UUID agencyId, Set<Role> roles, String reason,
                        String source, String by) {
        return toRoles(child, kind, agencyId, roles, null, reason, source, by);
    }

    /** Holders of these roles in an agency, until {@code until} or until the grant for {@code source} is ended. */
    @Transactional
    public UUID toRoles(ChildId child, ChildRelations.GrantKind kind, UUID agencyId, Set<Role> roles, Instant until,
                        String reason, String source, String by) {
        return relations.grant(child, new ChildRelations.Grant(kind, agencyId, null, roles, until), reason, source, by);
    }

    /** One practitioner, until {@code until} (null: until the grant for {@code source} is ended). */
    @Transactional
    public UUID toPractitioner(ChildId child, ChildRelations.GrantKind kind, UUID agencyId, UUID practitionerId,
                               Instant until, String reason, String source, String by) {
        return relations.grant(child, new ChildRelations.Grant(kind, agencyId, practitionerId, Set.of(), until), reason,
                source, by);
    }

    /** Ends every current grant of this kind given for {@code source}; returns how many. */
    @Transactional
    public int end(ChildRelations.GrantKind kind, String source, String by) {
        return relations.endGrants(kind, source, by);
    }
}
