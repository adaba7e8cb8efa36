package org.safeguardinghub.access;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions are kept in PostgreSQL. Two requests of one session at once (two tabs, a page and its
 * htmx fragment) may both add the same attribute, such as the CSRF token made after sign-in; with a
 * plain insert the second request fails, so attributes are written with PostgreSQL's upsert.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributesUpserted() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
