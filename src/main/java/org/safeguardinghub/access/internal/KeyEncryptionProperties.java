package org.safeguardinghub.access.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The secret the token signing key and practitioners' TOTP secrets are encrypted with at rest
 * (docs/security.md).
 *
 * @param secret         at least 16 characters, the same on every node; unset on the embedded database's
 *                       default run, where one is generated under the data directory. Environment variable
 *                       {@code SAFEGUARDING_ACCESS_KEYENCRYPTION_SECRET}.
 * @param previousSecret while changing the secret, the one before: the signing key sealed with it is sealed
 *                       again with {@code secret} at start-up, second factors at their next sign-in or by the
 *                       re-sealing job; remove it once the log says every second factor is sealed with the new one
 * @param resealPerRun   second factors the re-sealing job seals again each run (each takes two or three
 *                       600,000-iteration PBKDF2s, about half a second of one core); the run's interval is {@code reseal-interval}
 */
@ConfigurationProperties("safeguarding.access.key-encryption")
public record KeyEncryptionProperties(String secret, String previousSecret, @DefaultValue("10") int resealPerRun) {

    public KeyEncryptionProperties {
        if (resealPerRun < 1) {
            throw new IllegalArgumentException("safeguarding.access.key-encryption.reseal-per-run must be at least 1");
        }
    }
}
