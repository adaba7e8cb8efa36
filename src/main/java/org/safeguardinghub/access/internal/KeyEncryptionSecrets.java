package org.safeguardinghub.access.internal;

import java.util.Optional;

import org.safeguardinghub.access.internal.SigningKeyAtRestPolicy.Reason;
import org.safeguardinghub.access.internal.SigningKeyAtRestPolicy.Secret;
import org.safeguardinghub.shared.GeneratedSecrets;
import org.safeguardinghub.shared.StartRefused;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Where the secret that encrypts the token signing key comes from:
 * {@code safeguarding.access.key-encryption.secret} when it is set; otherwise, on the embedded
 * database's default run, a secret generated into {@code <data-dir>/secrets/key-encryption-secret};
 * otherwise nowhere, and the start is refused with what to do.
 */
@Component
class KeyEncryptionSecrets {

    static final String GENERATED = "key-encryption-secret";
    static final String PROPERTY = "safeguarding.access.key-encryption.secret";
    static final String PREVIOUS_PROPERTY = "safeguarding.access.key-encryption.previous-secret";
    static final int MINIMUM_LENGTH = 16;

    private final KeyEncryptionProperties properties;
    private final GeneratedSecrets generated;

    KeyEncryptionSecrets(KeyEncryptionProperties properties, ObjectProvider<GeneratedSecrets> generated) {
        this.properties = properties;
        this.generated = generated.getIfAvailable();
    }

    Secret availability() {
        if (isSet(properties.secret())) {
            return Secret.CONFIGURED;
        }
        if (generated == null) {
            return Secret.MISSING;
        }
        return generated.exists(GENERATED) ? Secret.GENERATED : Secret.CAN_GENERATE;
    }

    /** @param generate whether to generate the secret now, as the policy decided */
    KeyEncryption current(boolean generate) {
        if (availability() == Secret.CONFIGURED) {
            return new KeyEncryption(checked(properties.secret(), PROPERTY));
        }
        return new KeyEncryption(generate ? generated.readOrCreate(GENERATED) : generated.read(GENERATED));
    }

    Optional<KeyEncryption> previous() {
        return isSet(properties.previousSecret())
                ? Optional.of(new KeyEncryption(checked(properties.previousSecret(), PREVIOUS_PROPERTY)))
                : Optional.empty();
    }

    /** Where the current secret is, in words for an operator. */
    String where() {
        return switch (availability()) {
            case CONFIGURED -> PROPERTY;
            case GENERATED, CAN_GENERATE -> "the generated secret in " + generated.file(GENERATED);
            case MISSING -> "nowhere";
        };
    }

    StartRefused refusal(Reason reason) {
        return switch (reason) {
            case NO_SECRET_CONFIGURED -> new StartRefused("There is no secret to encrypt the API token signing key "
                    + "with: " + PROPERTY + " is not set, and one is generated only on the embedded database.",
                    "Set " + PROPERTY + " (environment variable SAFEGUARDING_ACCESS_KEYENCRYPTION_SECRET) to a random "
                            + "value of at least " + MINIMUM_LENGTH + " characters, the same on every node, and keep it "
                            + "as safe as the database's password (docs/security.md).");
            case GENERATED_SECRET_MISSING -> new StartRefused("The API token signing key is stored encrypted, but "
                    + "the generated secret it was encrypted with, " + generated.file(GENERATED) + ", is missing.",
                    "Restore that file from a backup of the data directory, or set " + PROPERTY + " to the secret "
                            + "the key was encrypted with. No new key is made: every partner's token would stop working.");
            default -> throw new IllegalArgumentException("Not a reason to refuse: " + reason);
        };
    }

    StartRefused wrongSecret(KeyEncryption.CannotOpen cause) {
        return new StartRefused("The API token signing key could not be decrypted with " + where()
                + (!isSet(properties.previousSecret()) ? "" : " nor with " + PREVIOUS_PROPERTY)
                + ": the secret is wrong, or the stored key was altered.",
                "Set " + PROPERTY + " to the secret the key was encrypted with. When changing the secret, set the new "
                        + "one there and the old one in " + PREVIOUS_PROPERTY + " (docs/security.md). No new key is "
                        + "made: every partner's token would stop working.", cause);
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    private static String checked(String secret, String property) {
        if (secret.strip().length() < MINIMUM_LENGTH) {
            throw new StartRefused(property + " is shorter than " + MINIMUM_LENGTH + " characters.",
                    "Set it to a random value of at least " + MINIMUM_LENGTH + " characters (docs/security.md).");
        }
        return secret.strip();
    }
}
