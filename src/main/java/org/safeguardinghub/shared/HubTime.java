package org.safeguardinghub.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every timescale in the product is a date in England, so there is one clock, in Europe/London.
 * Code takes time from the injected {@link Clock}, never from {@code now()}, so tests can fix it.
 */
@Configuration(proxyBeanMethods = false)
public class HubTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    /** The last moment of a day in England: something due on a day is due by then. */
    public static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZONE).minusNanos(1).toInstant();
    }

    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
