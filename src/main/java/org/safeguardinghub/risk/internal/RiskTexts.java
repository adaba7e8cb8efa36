package org.safeguardinghub.risk.internal;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.safeguardinghub.risk.Reason;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The module's words for what it writes outside a page (chronology entries, notifications) and for
 * reasons, whose arguments may themselves be message keys (a level, an event type).
 */
@Component
public class RiskTexts {

    private static final List<String> KEYED_ARGUMENTS = List.of("risk.level.", "event.types.");

    private final MessageSource messages;

    RiskTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.UK);
    }

    public String reason(Reason reason) {
        Object[] args = reason.args().stream()
                .map(a -> KEYED_ARGUMENTS.stream().anyMatch(a::startsWith) ? text(a) : a.matches("-?\\d{1,18}") ? (Object) Long.valueOf(a) : a)
                .toArray();
        return text(reason.key(), args);
    }

    public String reasons(List<Reason> reasons) {
        return reasons.stream().map(this::reason).collect(Collectors.joining(" "));
    }
}
