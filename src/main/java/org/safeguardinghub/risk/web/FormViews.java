package org.safeguardinghub.risk.web;

import java.time.Instant;
import java.util.Map;

import org.safeguardinghub.risk.ContextLink;

/** What the module's forms show back; public, so the templates' expressions may read them. */
public final class FormViews {

    private FormViews() {
    }

    /** A screening's answers as given so far: the indicators found (code to band) and the judgement. */
    public record ScreeningAnswers(Map<String, String> found, String judgedLevel, String rationale, String sensitivity) {
    }

    /** Where a link may come from, as the form offers it: {@code value} is the source and its id. */
    public record LinkSource(String value, ContextLink.Source source, Instant at, String summary) {
    }
}
