package org.safeguardinghub.plans.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.safeguardinghub.plans.PlanAction;
import org.safeguardinghub.plans.internal.DriftRule;
import org.safeguardinghub.plans.internal.PlanEntries;
import org.safeguardinghub.plans.internal.ReviewTimescale;
import org.safeguardinghub.plans.internal.WithdrawalRule;
import org.safeguardinghub.shared.Formats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The plans' reasons as sentences: why a plan drifts, why a review is due then, whether an agency may leave. */
@Component
class PlanTexts {

    private final MessageSource messages;
    private final Formats formats;
    private final PlanEntries entries;

    PlanTexts(MessageSource messages, Formats formats, PlanEntries entries) {
        this.messages = messages;
        this.formats = formats;
        this.entries = entries;
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    /** Each reason the plan drifts, naming the action it is about. */
    List<String> drift(DriftRule.Drift drift, Map<UUID, PlanAction> actions) {
        List<String> lines = new ArrayList<>();
        for (DriftRule.Reason r : drift.reasons()) {
            String what = actions.containsKey(r.about()) ? actions.get(r.about()).what() : "";
            lines.add(text(r.key(), r.since() == null ? "" : formats.date(r.since()), r.days(), what));
        }
        return lines;
    }

    String due(ReviewTimescale.Due due) {
        return text(due.reasonKey(), due.args().toArray());
    }

    /** Whether the withdrawal may go ahead, and on what review, or which agencies no review covered. */
    String withdrawal(WithdrawalRule.Outcome outcome) {
        if (outcome.relied().isPresent()) {
            WithdrawalRule.Held held = outcome.relied().get();
            return text(outcome.reasonKey(), text(held.kindKey()), formats.date(held.heldOn()));
        }
        List<String> codes = outcome.uncovered().stream().map(entries::agencyCode).sorted().toList();
        return text(outcome.reasonKey(), codes.size(), String.join(", ", codes));
    }

    String date(LocalDate day) {
        return formats.date(day);
    }
}
