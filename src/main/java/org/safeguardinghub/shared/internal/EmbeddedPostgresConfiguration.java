package org.safeguardinghub.shared.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.safeguardinghub.shared.HubProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The default database: a real PostgreSQL started from the application, its files under
 * {@code safeguarding.data-dir}, so a fresh machine runs the product with one command and a
 * restart loses nothing. Setting {@code spring.datasource.url} switches this off and Spring Boot
 * connects to that database instead.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDataSourceUrlCondition.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(HubProperties properties) throws IOException {
        Path dir = properties.dataDir().resolve("postgres").toAbsolutePath().normalize();
        Files.createDirectories(dir);
        var builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                // stopped by the context after everything that uses it, not by a JVM hook racing the context's own close
                .setRegisterShutdownHook(false)
                .setServerConfig("fsync", String.valueOf(properties.embedded().fsync()))
                // zonky's default is off; an acknowledged commit must survive a database crash
                .setServerConfig("synchronous_commit", properties.embedded().fsync() ? "on" : "off")
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", "128MB");
        if (properties.embedded().port() > 0) {
            builder.setPort(properties.embedded().port());
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL running on port {} with data in {}", postgres.getPort(), dir);
        return postgres;
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .driverClassName("org.postgresql.Driver")
                .url(postgres.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true")
                .username("postgres")
                .password("")
                .build();
        dataSource.setPoolName("hub-embedded");
        return dataSource;
    }
}
