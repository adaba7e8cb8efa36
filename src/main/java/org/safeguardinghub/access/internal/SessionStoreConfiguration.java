package org.safeguardinghub.access.internal;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions are kept in PostgreSQL, so that several nodes can serve one practitioner.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    /**
     * Two requests of one session at once (two tabs, a page and its htmx fragment) may both add the
     * same attribute, such as the CSRF token made after sign-in; with a plain insert the second
     * request fails, so attributes are written with PostgreSQL's upsert.
     */
    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributesUpserted() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /**
     * The application's transaction template. Spring Boot makes it only while no other
     * transaction-operations bean exists, and the sessions' one below is such a bean.
     */
    @Bean
    @Primary
    TransactionTemplate transactionTemplate(PlatformTransactionManager transactions) {
        return new TransactionTemplate(transactions);
    }

    /**
     * Every request records when its session was last used. Those writes commit without waiting
     * for the disk: a crash in the next fraction of a second could only lose a session's last-used
     * time or a session just begun (its practitioner signs in again), never a record, and no page
     * waits for a flush that protects nothing (ADR 0005).
     */
    @Bean
    @Qualifier("springSessionTransactionOperations")
    TransactionOperations springSessionTransactionOperations(PlatformTransactionManager transactions, JdbcTemplate jdbc) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        return new TransactionOperations() {
            @Override
            public <T> T execute(org.springframework.transaction.support.TransactionCallback<T> action) {
                return template.execute(status -> {
                    jdbc.execute("set local synchronous_commit to off");
                    return action.doInTransaction(status);
                });
            }
        };
    }
}
