package org.safeguardinghub.meetings.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.safeguardinghub.meetings.Problem;
import org.safeguardinghub.shared.Formats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The words of a reason, problem or warning whose arguments include dates ({@code ${@meetingWords…}}
 * in templates): dates, and dates kept as text, are shown as pages show dates.
 */
@Component("meetingWords")
public class MeetingWords {

    private final MessageSource messages;
    private final Formats formats;

    MeetingWords(MessageSource messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    public String text(String key, List<?> args) {
        Object[] shown = args.stream().map(this::shown).toArray();
        return messages.getMessage(key, shown, LocaleContextHolder.getLocale());
    }

    public String problem(Problem problem) {
        return text(problem.key(), problem.args());
    }

    private Object shown(Object arg) {
        if (arg instanceof LocalDate day) {
            return formats.date(day);
        }
        if (arg instanceof String text && text.length() == 10 && text.charAt(4) == '-') {
            try {
                return formats.date(LocalDate.parse(text));
            } catch (DateTimeParseException notADate) {
                return text;
            }
        }
        return arg;
    }
}
