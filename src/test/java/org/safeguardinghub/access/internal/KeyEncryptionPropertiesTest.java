package org.safeguardinghub.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The environment variables docs/security.md names reach the settings, as production will give them; the
 * re-sealing job's default is ten rows a run.
 */
class KeyEncryptionPropertiesTest {

    @Test
    void theSecretsAreReadFromTheEnvironmentVariablesTheDocsName() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(
                        "SAFEGUARDING_ACCESS_KEYENCRYPTION_SECRET", "from-the-environment-1",
                        "SAFEGUARDING_ACCESS_KEYENCRYPTION_PREVIOUSSECRET", "the-one-before-it-2")));
        KeyEncryptionProperties properties = new Binder(ConfigurationPropertySources.get(environment))
                .bind("safeguarding.access.key-encryption", KeyEncryptionProperties.class).get();
        assertThat(properties).isEqualTo(new KeyEncryptionProperties("from-the-environment-1", "the-one-before-it-2", 10));
    }

    @Test
    void theResealingJobSealsAtLeastOneRowARun() {
        assertThat(new KeyEncryptionProperties(null, null, 1).resealPerRun()).isOne();
        assertThatThrownBy(() -> new KeyEncryptionProperties(null, null, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reseal-per-run");
    }
}
