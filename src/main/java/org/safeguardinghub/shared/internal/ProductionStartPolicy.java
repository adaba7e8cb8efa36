package org.safeguardinghub.shared.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether the application may start in the {@code production} profile (issue 18): only on an
 * external database (the embedded one is for a trial on one machine, and starting it by accident
 * would put real records on a laptop's disk), only with the secret that encrypts the partner-token
 * signing key given from outside (a generated one would live beside the data it protects), and
 * never with the demo data, which creates made-up children and resets the demo users' passwords.
 * Outside the profile everything is allowed, as before. Plain Java: the refusals with their reasons.
 */
public final class ProductionStartPolicy {

    public static final String PROFILE = "production";

    /** Why a production start is refused: the setting concerned and what to do. */
    public enum Reason {
        NO_EXTERNAL_DATABASE("spring.datasource.url",
                "set spring.datasource.url, .username and .password (SPRING_DATASOURCE_URL etc.) to your PostgreSQL; "
                        + "the embedded database never starts in production"),
        NO_KEY_ENCRYPTION_SECRET("safeguarding.access.key-encryption.secret",
                "set safeguarding.access.key-encryption.secret (SAFEGUARDING_ACCESS_KEYENCRYPTION_SECRET), at least "
                        + "16 characters, the same on every node, kept outside the database and its backups"),
        DEMO_DATA_REQUESTED("safeguarding.demo.enabled",
                "remove safeguarding.demo.enabled (SAFEGUARDING_DEMO_ENABLED): demo data is never loaded in production");

        private final String setting;
        private final String action;

        Reason(String setting, String action) {
            this.setting = setting;
            this.action = action;
        }

        public String setting() {
            return setting;
        }

        public String action() {
            return action;
        }
    }

    /** What the environment says, reduced to what the decision needs. */
    public record Settings(boolean productionProfile, boolean externalDatabase, boolean keyEncryptionSecret,
                           boolean demoData) {
    }

    private ProductionStartPolicy() {
    }

    /** Empty when the start may go on. */
    public static List<Reason> refusals(Settings settings) {
        if (!settings.productionProfile()) {
            return List.of();
        }
        List<Reason> refusals = new ArrayList<>(3);
        if (!settings.externalDatabase()) {
            refusals.add(Reason.NO_EXTERNAL_DATABASE);
        }
        if (!settings.keyEncryptionSecret()) {
            refusals.add(Reason.NO_KEY_ENCRYPTION_SECRET);
        }
        if (settings.demoData()) {
            refusals.add(Reason.DEMO_DATA_REQUESTED);
        }
        return List.copyOf(refusals);
    }
}
