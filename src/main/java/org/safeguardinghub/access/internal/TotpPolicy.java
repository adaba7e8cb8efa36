package org.safeguardinghub.access.internal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238: HMAC-SHA1, 30-second steps, six digits), as every
 * authenticator app computes them. A code is accepted for the current step or one step either side
 * (a phone's clock a little out), and never for a step at or before the last one accepted for the
 * same person: a code seen over someone's shoulder, or replayed from a log, does not sign in twice.
 * Plain Java; the caller stores the step accepted.
 */
public final class TotpPolicy {

    public static final Duration STEP = Duration.ofSeconds(30);
    public static final int DIGITS = 6;
    static final int WINDOW = 1;
    private static final int MODULUS = 1_000_000;

    /** Why a code was accepted or refused; the message key explains it on the page. */
    public enum Reason {
        ACCEPTED, MALFORMED, WRONG_CODE, REPLAYED;

        public String messageKey() {
            return "secondFactor.code." + name();
        }
    }

    /**
     * @param step the step the code belongs to (to be stored when accepted); -1 when none matched
     */
    public record Decision(Reason reason, long step) {

        public boolean accepted() {
            return reason == Reason.ACCEPTED;
        }
    }

    /** The decision on a code typed at {@code now}; {@code lastUsedStep} is null before the first. */
    public Decision check(byte[] secret, String typed, Instant now, Long lastUsedStep) {
        String code = typed == null ? "" : typed.replace(" ", "").strip();
        if (code.length() != DIGITS || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return new Decision(Reason.MALFORMED, -1);
        }
        long current = step(now);
        boolean replayed = false;
        for (long step = current - WINDOW; step <= current + WINDOW; step++) {
            if (MessageDigest.isEqual(code(secret, step).getBytes(), code.getBytes())) {
                if (lastUsedStep == null || step > lastUsedStep) {
                    return new Decision(Reason.ACCEPTED, step);
                }
                replayed = true;
            }
        }
        return new Decision(replayed ? Reason.REPLAYED : Reason.WRONG_CODE, -1);
    }

    /** The step an instant falls in: whole 30-second periods since the Unix epoch. */
    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP.toSeconds());
    }

    /** The code for a step (RFC 6238 §4, RFC 4226 §5.3 dynamic truncation). */
    public static String code(byte[] secret, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret, "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            return String.format("%0" + DIGITS + "d", binary % MODULUS);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA1 is part of every Java runtime", e);
        }
    }
}
