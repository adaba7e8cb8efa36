package org.safeguardinghub.chronology.web;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.chronology.ChildRecords;
import org.safeguardinghub.chronology.OpenRecord;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** What every child page starts with: open the record, or answer "not found". */
final class Pages {

    private Pages() {
    }

    /** A child that does not exist and one the viewer may not open look the same: not found. */
    static OpenRecord open(ChildRecords records, Actor viewer, String id, AuditAction action, String detail) {
        return records.open(viewer, id, action, detail).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
