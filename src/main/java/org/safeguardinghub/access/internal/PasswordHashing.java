package org.safeguardinghub.access.internal;

import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords and client secrets are stored as Argon2id hashes (bcrypt ones are still read). Not part
 * of the web-only {@link SecurityConfiguration}: the command line ({@code admin add-practitioner},
 * and every {@code admin} command, whose context needs {@code Practitioners}) runs without a web server.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

    @Bean
    PasswordEncoder passwordEncoder(ObjectProvider<MeterRegistry> meters) {
        String argon2 = "argon2@SpringSecurity_v5_8";
        return new CountedPasswordEncoder(new DelegatingPasswordEncoder(argon2, Map.of(
                argon2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder())), meters.getIfAvailable(SimpleMeterRegistry::new));
    }
}
