package org.safeguardinghub.chronology;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.safeguardinghub.access.ChildRelations;
import org.safeguardinghub.chronology.children.BreakGlassRule;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Emergency access (break-glass): a practitioner without a relationship with a child (an ED nurse at
 * 3 a.m.) identifies the child exactly, states why, and may open the record for a limited time. The
 * look is audited as break-glass, and the child's social worker and the practitioner's safeguarding
 * lead are told at once ({@link BreakGlassUsed}). Administrators use it too.
 */
@Service
public class BreakGlass {

    /** Who the practitioner means: an NHS number, or given name, family name and date of birth. */
    public record Identification(String nhsNumber, String givenName, String familyName, LocalDate dateOfBirth) {
    }

    /** The child whose record is open now and until when, or the problems by field (message keys). */
    public record Outcome(Optional<ChildId> child, Instant until, java.util.Map<String, String> problems) {
    }

    private final KnownChildren known;
    private final AccessGrants grants;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final ChronologyProperties properties;
    private final Clock clock;

    BreakGlass(KnownChildren known, AccessGrants grants, AuditLog auditLog, ApplicationEventPublisher events,
               ChronologyProperties properties, Clock clock) {
        this.known = known;
        this.grants = grants;
        this.auditLog = auditLog;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public Outcome open(Actor.Person actor, Identification who, String reason) {
        var problems = BreakGlassRule.problems(who, reason);
        if (!problems.isEmpty()) {
            return new Outcome(Optional.empty(), null, problems);
        }
        List<ChildId> matching = known.exactly(who);
        if (matching.size() != 1) {
            auditLog.record(actor, AuditAction.ACCESS_DENIED, null, "break-glass: no single child matches");
            return new Outcome(Optional.empty(), null, java.util.Map.of("child", "breakGlass.error.noSingleChild"));
        }
        ChildId child = matching.getFirst();
        Instant until = clock.instant().plus(properties.breakGlassFor());
        grants.toPractitioner(child, ChildRelations.GrantKind.BREAK_GLASS, actor.agency().id(), actor.practitionerId(),
                until, reason.strip(), null, actor.username());
        auditLog.record(actor, AuditAction.BREAK_GLASS, child.value(), "until " + until + ": " + reason.strip());
        events.publishEvent(new BreakGlassUsed(child, actor.practitionerId(), actor.displayName(), actor.agency().id(),
                reason.strip(), until));
        return new Outcome(Optional.of(child), until, java.util.Map.of());
    }
}
