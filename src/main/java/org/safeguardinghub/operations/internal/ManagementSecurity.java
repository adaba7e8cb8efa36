package org.safeguardinghub.operations.internal;

import org.springframework.boot.actuate.autoconfigure.web.server.ConditionalOnManagementPort;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The management port (management.server.port, 8081 in the production profile) answers the probes,
 * build info and the Prometheus scrape without signing in: it is for the platform's network only
 * (the compose example never publishes it) and nothing on it names a child or a person. Anything
 * else there is refused. {@code /livez} and {@code /readyz} answer on the application port as well. Without a management port of its own, the actuator stays on the
 * application port behind the administrator role (access.internal.SecurityConfiguration).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // not for the admin commands
class ManagementSecurity {

    /** The probes a load balancer on the application port asks (Boot's additional health paths). */
    @Bean
    @Order(0)
    SecurityFilterChain probes(HttpSecurity http) {
        http.securityMatcher("/livez", "/readyz")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(0)
    @ConditionalOnManagementPort(ManagementPortType.DIFFERENT)
    SecurityFilterChain managementPort(HttpSecurity http) {
        // with a port of its own, the actuator is served there only: the application port answers 404 under /actuator
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/actuator/prometheus").permitAll()
                        .anyRequest().denyAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }
}
