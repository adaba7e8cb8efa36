package org.safeguardinghub.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The PostgreSQL driver binds {@code timestamptz} from {@link OffsetDateTime}, not {@link Instant}. */
public final class Timestamps {

    private Timestamps() {
    }

    public static OffsetDateTime of(Clock clock) {
        return of(clock.instant());
    }

    public static OffsetDateTime of(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
