package org.safeguardinghub.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Secrets the application makes for itself on the default run: random values, each in a file
 * under {@code <data-dir>/secrets} that only the owner may read, so a fresh machine needs no
 * configuration and a restart finds the same secrets. They sit beside the embedded database's
 * files, so they guard against whoever reaches the database's port or gets a dump or a backup of
 * the database alone, not against whoever can read the data directory (docs/security.md). A bean
 * only while the embedded database runs: with an external database, every secret is configured.
 */
public final class GeneratedSecrets {

    private static final Logger log = LoggerFactory.getLogger(GeneratedSecrets.class);
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path directory;

    /** @param directory where the secret files are kept: {@code <data-dir>/secrets} */
    public GeneratedSecrets(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    /** The file that holds (or will hold) the secret of this name. */
    public Path file(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a secret's name: " + name);
        }
        return directory.resolve(name);
    }

    public boolean exists(String name) {
        return Files.exists(file(name));
    }

    /** The secret of this name, which must exist; a file others could read is made owner-only first. */
    public String read(String name) {
        Path file = file(name);
        try {
            if (!OWNER_FILE.containsAll(Files.getPosixFilePermissions(file))) {
                log.warn("{} could be read by others than its owner; it is now owner-only", file);
                Files.setPosixFilePermissions(file, OWNER_FILE);
            }
            String secret = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (secret.isEmpty()) {
                throw new StartRefused("The secret file " + file + " is empty.",
                        "Restore it from a backup of the data directory (see docs/security.md).");
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The secret of this name, made now (256 random bits) if there is none yet. */
    public String readOrCreate(String name) {
        if (!exists(name)) {
            create(file(name));
        }
        return read(name);
    }

    /**
     * Writes a new secret to a temporary owner-only file, flushes it, and renames it into place, so
     * a crash leaves either no secret or the whole of it, never an empty file.
     */
    private void create(Path file) {
        try {
            Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(OWNER_DIRECTORY));
            Files.setPosixFilePermissions(directory, OWNER_DIRECTORY);
            Path temporary = Files.createTempFile(directory, file.getFileName().toString(), ".new",
                    PosixFilePermissions.asFileAttribute(OWNER_FILE));
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.write(StandardCharsets.UTF_8.encode(randomValue()));
                channel.force(true);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            try (FileChannel parent = FileChannel.open(directory, StandardOpenOption.READ)) {
                parent.force(true);
            }
            log.info("Generated a secret in {} (owner-only; keep it with the data directory's backups)", file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String randomValue() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
