package org.safeguardinghub.shared.internal;

import java.io.IOException;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.safeguardinghub.shared.GeneratedSecrets;
import org.safeguardinghub.shared.HubProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The default database: a real PostgreSQL started from the application, its files under
 * {@code safeguarding.data-dir}, so a fresh machine runs the product with one command and a
 * restart loses nothing. Its port asks for a password, generated and kept beside its files
 * ({@link EmbeddedDatabase}). Setting {@code spring.datasource.url} switches this off and Spring
 * Boot connects to that database instead. The container image is built without the embedded
 * database's library (ADR 0032): there this configuration is skipped (by name, before its class
 * is loaded) and only an external database can be used.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = EmbeddedPostgresConfiguration.LIBRARY)
@Conditional(NoDataSourceUrlCondition.class)
class EmbeddedPostgresConfiguration {

    static final String LIBRARY = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    /** Secrets generated on the default run, under {@code <data-dir>/secrets}. */
    @Bean
    GeneratedSecrets generatedSecrets(HubProperties properties) {
        return new GeneratedSecrets(properties.dataDir().resolve("secrets"));
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(HubProperties properties, GeneratedSecrets secrets) throws IOException {
        EmbeddedPostgres postgres = new EmbeddedDatabase(properties, secrets).start();
        log.info("Embedded PostgreSQL running on port {} with data in {}", postgres.getPort(), properties.dataDir());
        return postgres;
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres, GeneratedSecrets secrets) {
        HikariDataSource dataSource = DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .driverClassName("org.postgresql.Driver")
                .url(postgres.getJdbcUrl(EmbeddedDatabase.SUPERUSER, "postgres") + "&reWriteBatchedInserts=true")
                .username(EmbeddedDatabase.SUPERUSER)
                .password(secrets.read(EmbeddedDatabase.PASSWORD_SECRET))
                .build();
        dataSource.setPoolName("hub-embedded");
        return dataSource;
    }
}
