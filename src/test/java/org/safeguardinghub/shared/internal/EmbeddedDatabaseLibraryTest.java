package org.safeguardinghub.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The container image is built without the embedded database's library (ADR 0032): without it, the
 * embedded database's configuration must be skipped before its class (which names the library's
 * types) is loaded, not fail the start. With an external database it is skipped as before.
 */
class EmbeddedDatabaseLibraryTest {

    @Test
    void withoutTheLibraryTheEmbeddedDatabaseIsNotConfigured() {
        new ApplicationContextRunner()
                .withClassLoader(new FilteredClassLoader("io.zonky"))
                .withUserConfiguration(EmbeddedPostgresConfiguration.class)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean("embeddedPostgres").doesNotHaveBean("dataSource");
                });
    }

    @Test
    void withAnExternalDatabaseTheEmbeddedOneIsNotConfiguredEither() {
        new ApplicationContextRunner()
                .withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example:5432/hub")
                .withUserConfiguration(EmbeddedPostgresConfiguration.class)
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("embeddedPostgres"));
    }

    @Test
    void theLibraryNamedIsTheOneTheConfigurationUses() {
        assertThat(EmbeddedPostgresConfiguration.LIBRARY)
                .isEqualTo(io.zonky.test.db.postgres.embedded.EmbeddedPostgres.class.getName());
    }
}
