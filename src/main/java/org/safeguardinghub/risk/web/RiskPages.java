package org.safeguardinghub.risk.web;

import java.util.Arrays;
import java.util.Optional;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.chronology.ChildRecords;
import org.safeguardinghub.chronology.OpenRecord;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** What the module's pages about a child start with, and how they read a choice from a form. */
final class RiskPages {

    private RiskPages() {
    }

    /** A child that does not exist and one the viewer may not open look the same: not found. */
    static OpenRecord open(ChildRecords records, Actor viewer, String id, String detail) {
        return records.open(viewer, id, AuditAction.VIEW_CHILD, detail)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** A value of an enum as a form sent it, or empty if it sent none or something else. */
    static <E extends Enum<E>> Optional<E> choice(Class<E> type, String value) {
        if (value == null) {
            return Optional.empty();
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value.strip())).findFirst();
    }

    static Optional<java.util.UUID> uuid(String value) {
        try {
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(java.util.UUID.fromString(value.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
