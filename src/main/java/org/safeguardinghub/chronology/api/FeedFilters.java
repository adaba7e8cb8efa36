package org.safeguardinghub.chronology.api;

import org.safeguardinghub.chronology.FeedProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The feed's body limit on the feed's path only: the other endpoints take no large bodies. */
@Configuration(proxyBeanMethods = false)
class FeedFilters {

    @Bean
    FilterRegistrationBean<FeedBodyLimit> feedBodyLimit(FeedProperties properties, JsonMapper json) {
        FilterRegistrationBean<FeedBodyLimit> registration = new FilterRegistrationBean<>(new FeedBodyLimit(properties, json));
        registration.addUrlPatterns("/api/v1/events");
        return registration;
    }
}
