package org.safeguardinghub.shared;

import java.time.Clock;
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

    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
