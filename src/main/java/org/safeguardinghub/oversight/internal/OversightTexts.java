package org.safeguardinghub.oversight.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.safeguardinghub.oversight.rules.Finding;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The oversight module's words for entries, notifications and the API, from the message bundle
 * (pages render their own from the same keys).
 */
@Component
public class OversightTexts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final MessageSource messages;

    OversightTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.UK);
    }

    /** An alert's reasons as one sentence, saying so when restricted information contributed. */
    public String reasons(List<Finding.Reason> reasons, boolean restricted) {
        String text = reasons.stream().map(r -> text("alert.reason." + r.key(), r.args().toArray()))
                .collect(Collectors.joining("; "));
        return restricted ? text + ". " + text("alert.restricted") : text + ".";
    }

    public String reasons(Finding finding) {
        return reasons(finding.reasons(), finding.restrictedContributed());
    }

    public String day(LocalDate day) {
        return day.format(DAY);
    }
}
