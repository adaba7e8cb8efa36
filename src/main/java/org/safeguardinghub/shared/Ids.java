package org.safeguardinghub.shared;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Time-ordered UUIDs (RFC 9562 version 7): new rows land at the right-hand edge of their
 * primary-key index instead of at random pages, which keeps bulk ingest fast.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    public static UUID newId() {
        return newId(Clock.systemUTC().millis());
    }

    static UUID newId(long epochMillis) {
        // one call for all the random bits: each call into the system's generator takes its lock and
        // reads the kernel's pool, and two nextLong() were four such calls (issue 18's ingest profile)
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        long randA = java.nio.ByteBuffer.wrap(random, 0, 8).getLong();
        long randB = java.nio.ByteBuffer.wrap(random, 8, 8).getLong();
        long msb = (epochMillis << 16) | 0x7000L | (randA & 0x0FFFL);
        long lsb = (randB & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}
