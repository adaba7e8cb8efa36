package org.safeguardinghub.access.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The secret the token signing key is encrypted with at rest (docs/security.md).
 *
 * @param secret         at least 16 characters, the same on every node; unset on the embedded database's
 *                       default run, where one is generated under the data directory. Environment variable
 *                       {@code SAFEGUARDING_ACCESS_KEYENCRYPTION_SECRET}.
 * @param previousSecret while changing the secret, the one before: a key sealed with it is sealed again
 *                       with {@code secret} at start-up; remove it once every node has started
 */
@ConfigurationProperties("safeguarding.access.key-encryption")
public record KeyEncryptionProperties(String secret, String previousSecret) {
}
