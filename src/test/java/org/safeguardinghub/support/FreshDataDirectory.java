package org.safeguardinghub.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts each test run from an empty database: deletes the test data directory before the first context. */
public class FreshDataDirectory implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static boolean done;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String dir = context.getEnvironment().getProperty("safeguarding.data-dir");
        synchronized (FreshDataDirectory.class) {
            if (!done && dir != null) {
                delete(Path.of(dir));
                done = true;
            }
        }
    }

    public static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
