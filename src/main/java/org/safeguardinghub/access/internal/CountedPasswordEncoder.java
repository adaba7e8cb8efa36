package org.safeguardinghub.access.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Counts every password or client-secret hash computed ({@value #METER}): each costs 16 MiB of
 * Argon2, so a rise in the rate is the first sign of someone guessing, and sign-in's promise that
 * refused and unknown-user attempts compute none can be watched (and is tested).
 */
final class CountedPasswordEncoder implements PasswordEncoder {

    static final String METER = "safeguarding.access.password.hashes";

    private final PasswordEncoder delegate;
    private final Counter hashes;

    CountedPasswordEncoder(PasswordEncoder delegate, MeterRegistry meters) {
        this.delegate = delegate;
        this.hashes = Counter.builder(METER).description("Password and client-secret hashes computed").register(meters);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        hashes.increment();
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        hashes.increment();
        return delegate.matches(rawPassword, encodedPassword);
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }
}
