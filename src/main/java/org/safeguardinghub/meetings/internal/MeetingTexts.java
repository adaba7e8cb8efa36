package org.safeguardinghub.meetings.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The meetings module's words outside pages (notifications, chronology entries, grant reasons), from its bundle. */
@Component
public class MeetingTexts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final MessageSource messages;

    MeetingTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.UK);
    }

    public String day(LocalDate day) {
        return day.format(DAY);
    }
}
