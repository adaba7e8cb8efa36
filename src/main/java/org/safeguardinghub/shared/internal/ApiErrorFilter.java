package org.safeguardinghub.shared.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/** Puts {@link ApiErrorsAsProblems} on the partner API, before the security filters (whose order is -100). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ApiErrorFilter {

    /** Just after the request id is set (operations.internal.RequestIdFilter), so a logged failure carries it. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    @Bean
    FilterRegistrationBean<ApiErrorsAsProblems> apiErrorsAsProblems(JsonMapper json) {
        FilterRegistrationBean<ApiErrorsAsProblems> registration = new FilterRegistrationBean<>(new ApiErrorsAsProblems(json));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(ORDER);
        return registration;
    }
}
