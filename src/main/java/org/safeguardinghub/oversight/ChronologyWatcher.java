package org.safeguardinghub.oversight;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.EventsRecorded;
import org.safeguardinghub.chronology.Significance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Evaluates the rules for a child as soon as events about it are committed, before the sender is
 * answered, so an alert is there when the partner asks. The reaction is recorded with the
 * committing transaction (Spring Modulith's event publication registry) and retried after a
 * crash, so no committed event escapes the rules.
 */
@Component
class ChronologyWatcher {

    private final AlertEngine engine;

    ChronologyWatcher(AlertEngine engine) {
        this.engine = engine;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(EventsRecorded recorded) {
        Map<ChildId, Set<AlertCode>> work = new HashMap<>();
        for (EventsRecorded.Recorded event : recorded.events()) {
            Set<AlertCode> codes = AlertEngine.affectedBy(event.type(), event.significance() != Significance.ROUTINE);
            if (!codes.isEmpty()) {
                work.computeIfAbsent(event.child(), c -> EnumSet.noneOf(AlertCode.class)).addAll(codes);
            }
        }
        engine.evaluate(work);
    }
}
