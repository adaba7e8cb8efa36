package org.safeguardinghub.chronology;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.safeguardinghub.access.Permission;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.chronology.children.SubjectAccessStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A subject access request (UK GDPR Article 15; issue 12, item 6): everything held about a child,
 * from every module, whoever recorded it, for the data protection officer to review and disclose.
 * Third parties' details and restricted entries are marked for review; nothing is left out here,
 * because what may be withheld (a third party's details, information whose disclosure would harm)
 * is the officer's decision, not the system's. Each export is audited against the child.
 */
@Service
public class SubjectAccess {

    /** What is held about one child, when it was gathered and by whom. */
    public record Export(ChildId child, Instant at, String by, List<SubjectAccessSource.Part> parts) {
    }

    private final SubjectAccessStore store;
    private final List<SubjectAccessSource> sources;
    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final Clock clock;

    SubjectAccess(SubjectAccessStore store, List<SubjectAccessSource> sources, JdbcClient jdbc, AuditLog auditLog,
                  Clock clock) {
        this.store = store;
        this.sources = sources.stream().sorted(Comparator.comparingInt(SubjectAccessSource::order)).toList();
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Only the data protection officer answers subject access requests. */
    public static Permission mayExport(Actor actor) {
        return actor instanceof Actor.Person p && p.has(Role.DATA_PROTECTION_OFFICER)
                ? Permission.allowed("subjectAccess.permission.dpo") : Permission.refused("subjectAccess.error.notDpo");
    }

    /** Everything held about the child, or empty if there is no such child or the actor may not export it. */
    @Transactional
    public Optional<Export> export(Actor actor, ChildId child) {
        if (mayExport(actor).refused() || !exists(child)) {
            return Optional.empty();
        }
        List<SubjectAccessSource.Part> parts = new ArrayList<>(store.about(child));
        sources.forEach(source -> parts.add(source.about(child)));
        auditLog.record(actor, AuditAction.SUBJECT_ACCESS_EXPORT, child.value(),
                "subject access export: " + parts.stream().mapToInt(p -> p.items().size()).sum() + " items");
        return Optional.of(new Export(child, clock.instant(), actor.auditName(), parts));
    }

    private boolean exists(ChildId child) {
        return jdbc.sql("select count(*) from chronology.child where id = :c").param("c", child.value())
                .query(Long.class).single() > 0;
    }
}
