package org.safeguardinghub.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Properties;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * ADR 0038: the data source of an external database (the production profile's) sends JDBC batches
 * as multi-row inserts, as the embedded one and the benchmarks always did; without it the feed's
 * batches of identifiers, names, involvement and audit entries go one statement per row.
 */
class ExternalDatabaseBatchesTest {

    @Test
    void theShippedSettingsRewriteBatchedInsertsOnAnExternalDatabase() throws Exception {
        Properties shipped = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            shipped.load(in);
        }
        String key = "spring.datasource.hikari.data-source-properties.reWriteBatchedInserts";
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
                .withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example:5432/hub",
                        key + "=" + shipped.getProperty(key))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    HikariDataSource dataSource = context.getBean(HikariDataSource.class);
                    assertThat(dataSource.getDataSourceProperties().getProperty("reWriteBatchedInserts")).isEqualTo("true");
                });
    }
}
