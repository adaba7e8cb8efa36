package org.safeguardinghub.operations.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.safeguardinghub.operations.OperationsProperties;
import org.safeguardinghub.operations.RequestIdRule;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id ({@link RequestIdRule}), puts it in the logging context as
 * {@value #MDC_KEY} (so every log line written while the request runs carries it, in the JSON logs of
 * the production profile as a field of its own) and answers it in the same header, so a partner or a
 * person reporting a fault can quote it. First of all filters, so security's own log lines carry it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

    static final String MDC_KEY = "requestId";

    private final RequestIdRule rule = new RequestIdRule();
    private final String header;

    RequestIdFilter(OperationsProperties properties) {
        this.header = properties.requestIdHeader();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = rule.decide(request.getHeader(header)).value();
        MDC.put(MDC_KEY, id);
        response.setHeader(header, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }
}
