package org.safeguardinghub.access.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a value (the token signing key) with AES-256-GCM under a key derived from a secret given
 * in configuration, and opens it again; JDK cryptography only. The key is derived with
 * PBKDF2-HMAC-SHA256, 600,000 iterations (OWASP's figure for it) and a fresh 16-byte salt per
 * seal, because the secret may be a passphrase a person chose rather than random bytes; each seal
 * has a fresh 12-byte nonce. The 128-bit tag authenticates the ciphertext, the format's version
 * and the value's purpose (the key's id), so a sealed value altered, or copied to another row, does
 * not open. The sealed text carries everything but the secret:
 * {@code sealed:v1:<iterations>:<salt>:<nonce>:<ciphertext and tag>} (unpadded base64url).
 */
public final class KeyEncryption {

    /** Iterations of PBKDF2 for new seals; those of an existing seal are read from it. */
    public static final int ITERATIONS = 600_000;

    static final String PREFIX = "sealed:v1:";
    static final String CHECK_PREFIX = "check:v1:";
    private static final byte[] CHECK_LABEL = "safeguarding-hub key-encryption check value".getBytes(StandardCharsets.UTF_8);
    private static final int CHECK_BYTES = 16;
    private static final int MIN_ITERATIONS = 1_000;
    private static final int MAX_ITERATIONS = 10_000_000;
    private static final int SALT_BYTES = 16;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    /** A sealed value that does not open: the secret is wrong, or the value was altered or is not sealed. */
    public static final class CannotOpen extends Exception {

        CannotOpen(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final char[] secret;
    private final int iterations;

    public KeyEncryption(String secret) {
        this(secret, ITERATIONS);
    }

    /** With fewer iterations, for tests that seal many times. */
    KeyEncryption(String secret, int iterations) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("A key-encryption secret cannot be empty");
        }
        if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("PBKDF2 iterations out of range: " + iterations);
        }
        this.secret = secret.toCharArray();
        this.iterations = iterations;
    }

    /** Whether a stored value is sealed (rather than a value stored in clear by an earlier release). */
    public static boolean isSealed(String stored) {
        return stored.startsWith(PREFIX);
    }

    /** @param purpose what the value is, bound to it: the same purpose must be given to open it */
    public String seal(String value, String purpose) {
        byte[] salt = random(SALT_BYTES);
        byte[] nonce = random(NONCE_BYTES);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key(salt, iterations), nonce, purpose);
            byte[] sealed = cipher.doFinal(value.getBytes(StandardCharsets.UTF_8));
            return PREFIX + iterations + ":" + ENCODER.encodeToString(salt) + ":" + ENCODER.encodeToString(nonce)
                    + ":" + ENCODER.encodeToString(sealed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    public String open(String sealed, String purpose) throws CannotOpen {
        String[] parts = sealed.split(":", -1);
        if (!isSealed(sealed) || parts.length != 6) {
            throw new CannotOpen("Not a sealed value", null);
        }
        try {
            int rounds = Integer.parseInt(parts[2]);
            byte[] salt = DECODER.decode(parts[3]);
            byte[] nonce = DECODER.decode(parts[4]);
            if (rounds < MIN_ITERATIONS || rounds > MAX_ITERATIONS || salt.length != SALT_BYTES
                    || nonce.length != NONCE_BYTES) {
                throw new CannotOpen("The sealed value's parameters are out of range", null);
            }
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key(salt, rounds), nonce, purpose);
            return new String(cipher.doFinal(DECODER.decode(parts[5])), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new CannotOpen("The secret is wrong, or the sealed value was altered", e);
        } catch (IllegalArgumentException e) {
            throw new CannotOpen("The sealed value is malformed", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * A check value of the secret, so a stored row can say which secret sealed it without anyone
     * opening it: HMAC-SHA256 of a fixed label under a key derived as a seal's is (PBKDF2, this
     * instance's iterations) from {@code salt}, truncated to 128 bits. The salt is the installation's
     * own, so no table of check values serves two installations; guessing the secret from it costs
     * what guessing it from a sealed value does. The same secret, salt and iterations give the same value.
     */
    public String checkValue(String salt) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(salt.getBytes(StandardCharsets.UTF_8), iterations).getEncoded(), "HmacSHA256"));
            return CHECK_PREFIX + ENCODER.encodeToString(Arrays.copyOf(mac.doFinal(CHECK_LABEL), CHECK_BYTES));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static Cipher cipher(int mode, SecretKey key, byte[] nonce, String purpose) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD((PREFIX + purpose).getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private SecretKey key(byte[] salt, int rounds) throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(secret, salt, rounds, 256);
        try {
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return new SecretKeySpec(key, "AES");
        } finally {
            spec.clearPassword();
        }
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
