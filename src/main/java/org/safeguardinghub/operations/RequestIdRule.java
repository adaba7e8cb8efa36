package org.safeguardinghub.operations;

import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Which id a request is logged under. A well-formed id from the caller (a load balancer, a partner
 * system tracing its own batch) is kept, so one request can be followed across systems; anything
 * else is replaced by a generated one, because the header is written into every log line and the
 * response: a caller must not be able to forge log lines (new lines), fill the logs (a huge value)
 * or slip personal data into them (only letters, digits and {@code - _ . :}, at most 64). Plain Java.
 */
public final class RequestIdRule {

    public static final int MAX_LENGTH = 64;
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_LENGTH + "}");

    public enum Reason {
        /** The caller's id is kept. */
        ACCEPTED,
        /** The caller sent none. */
        GENERATED_NONE_SENT,
        /** The caller's id was too long, empty or held characters outside the allowed set. */
        GENERATED_MALFORMED
    }

    /** The id to use and why. */
    public record RequestId(String value, Reason reason) {
    }

    private final Supplier<String> generator;

    public RequestIdRule() {
        this(() -> UUID.randomUUID().toString());
    }

    RequestIdRule(Supplier<String> generator) {
        this.generator = generator;
    }

    public RequestId decide(String sent) {
        if (sent == null) {
            return new RequestId(generator.get(), Reason.GENERATED_NONE_SENT);
        }
        return WELL_FORMED.matcher(sent).matches()
                ? new RequestId(sent, Reason.ACCEPTED)
                : new RequestId(generator.get(), Reason.GENERATED_MALFORMED);
    }
}
