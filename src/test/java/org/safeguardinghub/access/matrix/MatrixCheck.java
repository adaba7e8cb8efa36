package org.safeguardinghub.access.matrix;

import java.util.ArrayList;
import java.util.List;

import org.assertj.core.api.SoftAssertions;
import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.access.matrix.Expected.Outcome;
import org.safeguardinghub.access.matrix.MatrixFixture.MatrixChild;

/**
 * What one answer must and must not hold: no byte of a field the actor may not read, and, where
 * the answer lists the chronology, every entry the actor may read.
 */
final class MatrixCheck {

    /** Words of the restricted alert's reason, shown only to those who may read the attendances. */
    static final String ALERT_REASON = "ED attendances within";

    private final SoftAssertions soft;
    private final MatrixActor actor;
    private final List<String> agencyCodes;

    MatrixCheck(SoftAssertions soft, MatrixActor actor, List<String> agencyCodes) {
        this.soft = soft;
        this.actor = actor;
        this.agencyCodes = agencyCodes;
    }

    void status(String where, Probe probe, Outcome outcome, int status) {
        switch (probe.kind()) {
            case SEARCH -> soft.assertThat(status).as(where).isEqualTo(200);
            case ENTRY -> {
                if (outcome.whole()) {
                    soft.assertThat(status).as(where).isIn(200, 302);
                } else {
                    soft.assertThat(status).as(where).isEqualTo(404);
                }
            }
            case PAGE -> {
                if (outcome.allowed()) {
                    soft.assertThat(status).as(where).isNotEqualTo(500);
                } else {
                    soft.assertThat(status).as(where).isEqualTo(404);
                }
            }
            default -> soft.assertThat(status).as(where).isEqualTo(outcome.allowed() ? 200 : 404);
        }
    }

    /** Nothing the actor may not read, whatever the answer about this child. */
    void nothingUnreadable(String where, String body, MatrixChild child, Outcome outcome) {
        noMarker(where, body, child, outcome);
        if (!outcome.reads(Sensitivity.HEALTH)) {
            soft.assertThat(body).as(where + " must not hold " + ALERT_REASON).doesNotContain(ALERT_REASON);
        }
    }

    /** No marker of this child the actor may not read, in an answer about anything. */
    void noMarker(String where, String body, MatrixChild child, Outcome outcome) {
        List<String> forbidden = new ArrayList<>();
        for (Sensitivity sensitivity : Sensitivity.values()) {
            if (!outcome.reads(sensitivity)) {
                forbidden.add(child.marker(sensitivity));
                forbidden.add(child.detailMarker(sensitivity));
            }
        }
        if (!outcome.reads(Sensitivity.POLICE_INTELLIGENCE)) {
            forbidden.add(child.firstVersionMarker());
            forbidden.add(child.correctedMarker());
        }
        if (!outcome.reads(Sensitivity.HEALTH)) {
            for (int i = 0; i < 3; i++) {
                forbidden.add(child.attendanceMarker(i));
            }
        }
        agencyCodes.stream().filter(code -> !ownReadable(outcome, code)).map(child::ownMarker).forEach(forbidden::add);
        for (String marker : forbidden) {
            soft.assertThat(body).as(where + " must not hold " + marker).doesNotContain(marker);
        }
    }

    /** Every entry the actor may read, in an answer that lists the chronology. */
    void everythingReadable(String where, String body, MatrixChild child, Outcome outcome) {
        List<String> expected = new ArrayList<>();
        for (Sensitivity sensitivity : Sensitivity.values()) {
            if (outcome.reads(sensitivity)) {
                expected.add(child.marker(sensitivity));
            }
        }
        if (outcome.reads(Sensitivity.POLICE_INTELLIGENCE)) {
            expected.add(child.correctedMarker());
        }
        if (outcome.reads(Sensitivity.HEALTH)) {
            for (int i = 0; i < 3; i++) {
                expected.add(child.attendanceMarker(i));
            }
        }
        if (child.relationship() == Expected.Relationship.SENT || child.relationship() == Expected.Relationship.ENDED) {
            agencyCodes.stream().filter(code -> ownReadable(outcome, code)).map(child::ownMarker).forEach(expected::add);
        }
        for (String marker : expected) {
            soft.assertThat(body).as(where + " must hold " + marker).contains(marker);
        }
    }

    /** On the corrected entry's page: both versions to those who read police intelligence; on another entry's, its words. */
    void entry(String where, String body, Probe probe, MatrixChild child, Outcome outcome) {
        if (!outcome.whole() || probe.name().equals("correction form")) {
            return;
        }
        for (Sensitivity sensitivity : Sensitivity.values()) {
            if (probe.name().equals(sensitivity + " entry") && outcome.reads(sensitivity)) {
                soft.assertThat(body).as(where).contains(child.marker(sensitivity));
            }
        }
        if (probe.name().equals("corrected entry") && outcome.reads(Sensitivity.POLICE_INTELLIGENCE)) {
            soft.assertThat(body).as(where).contains(child.firstVersionMarker()).contains(child.correctedMarker());
        }
    }

    void alertReason(String where, String body, Outcome outcome) {
        if (outcome.reads(Sensitivity.HEALTH)) {
            soft.assertThat(body).as(where).contains(ALERT_REASON);
        }
    }

    void searched(String where, String body, MatrixChild child, Outcome outcome) {
        if (outcome.allowed()) {
            soft.assertThat(body).as(where).contains("/children/" + child.id());
        } else {
            soft.assertThat(body).as(where).doesNotContain(child.id());
        }
    }

    private boolean ownReadable(Outcome outcome, String agencyCode) {
        return outcome.whole() || outcome.allowed() && agencyCode.equals(actor.agencyCode());
    }
}
