package org.safeguardinghub.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/**
 * The token signing key sealed at rest: what is sealed opens to itself with the same secret and
 * purpose, and with nothing else; any change to the sealed text is detected. Fewer PBKDF2
 * iterations than in production, so that many seals take little time; the count is read from the
 * sealed text, so it makes no difference to opening.
 */
class KeyEncryptionTest {

    static final int FAST = 1_000;
    static final String SECRET = "a-secret-of-some-length";
    static final String JWK = "{\"kty\":\"RSA\",\"kid\":\"k1\",\"d\":\"private-part\"}";

    @Provide
    Arbitrary<String> secrets() {
        return Arbitraries.strings().ofMinLength(1).ofMaxLength(60).filter(s -> !s.isBlank());
    }

    @Property(tries = 200)
    void whatIsSealedOpensToItselfWithTheSameSecretAndPurpose(@ForAll("secrets") String secret,
                                                              @ForAll @StringLength(max = 3000) String value,
                                                              @ForAll @StringLength(min = 1, max = 40) String purpose)
            throws Exception {
        KeyEncryption encryption = new KeyEncryption(secret, FAST);
        String sealed = encryption.seal(value, purpose);
        assertThat(KeyEncryption.isSealed(sealed)).isTrue();
        assertThat(encryption.open(sealed, purpose)).isEqualTo(value);
    }

    @Property(tries = 200)
    void anySecretButTheOneItWasSealedWithIsRefused(@ForAll("secrets") String secret, @ForAll("secrets") String other) {
        net.jqwik.api.Assume.that(!secret.equals(other));
        String sealed = new KeyEncryption(secret, FAST).seal(JWK, "api-token-key");
        assertThatThrownBy(() -> new KeyEncryption(other, FAST).open(sealed, "api-token-key"))
                .isInstanceOf(KeyEncryption.CannotOpen.class);
    }

    /** Flips one bit of the salt (part 3), the nonce (4) or the ciphertext with its tag (5). */
    @Property(tries = 300)
    void aSingleFlippedBitAnywhereIsDetected(@ForAll @IntRange(min = 3, max = 5) int part, @ForAll int position) {
        KeyEncryption encryption = new KeyEncryption(SECRET, FAST);
        String[] parts = encryption.seal(JWK, "api-token-key").split(":");
        byte[] bytes = Base64.getUrlDecoder().decode(parts[part]);
        int bit = Math.floorMod(position, bytes.length * 8);
        bytes[bit / 8] ^= (byte) (1 << (bit % 8));
        parts[part] = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String tampered = String.join(":", parts);
        assertThatThrownBy(() -> encryption.open(tampered, "api-token-key")).isInstanceOf(KeyEncryption.CannotOpen.class);
    }

    @Example
    void aChangedIterationCountOrPurposeIsDetected() {
        KeyEncryption encryption = new KeyEncryption(SECRET, FAST);
        String sealed = encryption.seal(JWK, "api-token-key");
        String moreIterations = sealed.replace(":" + FAST + ":", ":" + (FAST + 1) + ":");
        assertThat(moreIterations).isNotEqualTo(sealed);
        assertThatThrownBy(() -> encryption.open(moreIterations, "api-token-key"))
                .isInstanceOf(KeyEncryption.CannotOpen.class);
        // a sealed key copied to another row does not open there
        assertThatThrownBy(() -> encryption.open(sealed, "another-key")).isInstanceOf(KeyEncryption.CannotOpen.class);
    }

    @Example
    void theSealedTextHidesTheValueAndNeverRepeats() throws Exception {
        KeyEncryption encryption = new KeyEncryption(SECRET, FAST);
        String first = encryption.seal(JWK, "api-token-key");
        String second = encryption.seal(JWK, "api-token-key");
        assertThat(first).isNotEqualTo(second).doesNotContain("private-part").doesNotContain("RSA");
        assertThat(encryption.open(second, "api-token-key")).isEqualTo(JWK);
    }

    @Example
    void theIterationCountIsReadFromTheSealedTextSoItCanBeRaisedLater() throws Exception {
        String sealed = new KeyEncryption(SECRET, FAST).seal(JWK, "api-token-key");
        assertThat(new KeyEncryption(SECRET, FAST * 4).open(sealed, "api-token-key")).isEqualTo(JWK);
        assertThat(new KeyEncryption(SECRET).seal(JWK, "k")).startsWith("sealed:v1:" + KeyEncryption.ITERATIONS + ":");
    }

    @Example
    void aKeyInClearOrAMangledSealIsNotOpenedButRefused() {
        KeyEncryption encryption = new KeyEncryption(SECRET, FAST);
        assertThat(KeyEncryption.isSealed(JWK)).isFalse();
        assertThatThrownBy(() -> encryption.open(JWK, "api-token-key")).isInstanceOf(KeyEncryption.CannotOpen.class);
        assertThatThrownBy(() -> encryption.open("sealed:v1:1000:not base64!:AAAA:AAAA", "api-token-key"))
                .isInstanceOf(KeyEncryption.CannotOpen.class);
        assertThatThrownBy(() -> encryption.open("sealed:v1:99999999999:AAAA:AAAA:AAAA", "api-token-key"))
                .isInstanceOf(KeyEncryption.CannotOpen.class);
        assertThatThrownBy(() -> encryption.open("sealed:v1:1000:AAAA:AAAA", "api-token-key"))
                .isInstanceOf(KeyEncryption.CannotOpen.class);
    }

    @Example
    void anEmptySecretIsNotAccepted() {
        assertThatThrownBy(() -> new KeyEncryption(" ", FAST)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KeyEncryption(null, FAST)).isInstanceOf(IllegalArgumentException.class);
    }

    /** A second factor's row names the secret that sealed it by this value (V93): it must be stable and tell secrets apart. */
    @Property(tries = 200)
    void aCheckValueIsTheSameForTheSameSecretAndSaltAndDiffersForAnyOther(@ForAll("secrets") String secret,
                                                                           @ForAll("secrets") String other,
                                                                           @ForAll @StringLength(min = 1, max = 40) String salt,
                                                                           @ForAll @StringLength(min = 1, max = 40) String otherSalt) {
        String check = new KeyEncryption(secret, FAST).checkValue(salt);
        assertThat(new KeyEncryption(secret, FAST).checkValue(salt)).isEqualTo(check).startsWith("check:v1:");
        if (!other.equals(secret)) {
            assertThat(new KeyEncryption(other, FAST).checkValue(salt)).isNotEqualTo(check);
        }
        if (!otherSalt.equals(salt)) {
            assertThat(new KeyEncryption(secret, FAST).checkValue(otherSalt)).isNotEqualTo(check);
        }
    }

    @Example
    void aCheckValueHoldsNeitherTheSecretNorTheKeyDerivedFromIt() throws Exception {
        String check = new KeyEncryption(SECRET, FAST).checkValue("installation-salt");
        assertThat(check).doesNotContain(SECRET).hasSize("check:v1:".length() + 22);
        byte[] derived = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(
                new javax.crypto.spec.PBEKeySpec(SECRET.toCharArray(), "installation-salt".getBytes(), FAST, 256)).getEncoded();
        byte[] value = Base64.getUrlDecoder().decode(check.substring("check:v1:".length()));
        // an HMAC under the derived key, not its first bytes: a seal's key made with that salt is not given away
        assertThat(value).hasSize(16).isNotEqualTo(java.util.Arrays.copyOf(derived, 16));
    }
}
