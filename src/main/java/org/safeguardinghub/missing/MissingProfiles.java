package org.safeguardinghub.missing;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.safeguardinghub.access.Permission;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.missing.internal.MissingPermissions;
import org.safeguardinghub.missing.internal.MissingReading;
import org.safeguardinghub.missing.internal.ProfileStore;
import org.safeguardinghub.shared.Ids;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Children's missing profiles (the Philomena Protocol), kept up to date by those who care for them. */
@Service
public class MissingProfiles {

    private final ProfileStore store;
    private final AuditLog auditLog;
    private final Clock clock;

    MissingProfiles(ProfileStore store, AuditLog auditLog, Clock clock) {
        this.store = store;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The profile as last saved, for a viewer who reads it (those working with the child, the police told of an episode). */
    public Optional<MissingProfile> current(OpenRecord record) {
        return MissingReading.readsProfile(record) ? store.current(record.child()) : Optional.empty();
    }

    public Permission mayEdit(OpenRecord record) {
        return MissingPermissions.record(record.viewer(), record.basis());
    }

    /** Saves a new version; returns the problems by field (message keys), none if saved. */
    @Transactional
    public Map<String, String> save(OpenRecord record, ProfileSubmission s) {
        Permission may = mayEdit(record);
        if (may.refused()) {
            return Map.of("description", may.reason());
        }
        Map<String, String> problems = s.problems();
        if (!problems.isEmpty()) {
            return problems;
        }
        int version = store.current(record.child()).map(MissingProfile::version).orElse(0) + 1;
        store.insert(new MissingProfile(Ids.newId(), record.child(), version, text(s.description()),
                text(s.photoReference()), text(s.phoneNumbers()), text(s.socialMedia()), text(s.associates()),
                text(s.places()), text(s.triggers()), text(s.whatWorks()), record.viewer().auditName(), clock.instant()));
        auditLog.record(record.viewer(), AuditAction.RECORD_EVENT, record.child().value(), "missing profile version " + version);
        return Map.of();
    }

    private static String text(String value) {
        return Episodes.blankToNull(value);
    }
}
