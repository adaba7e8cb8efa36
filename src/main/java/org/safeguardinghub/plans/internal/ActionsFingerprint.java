package org.safeguardinghub.plans.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.stream.Collectors;

import org.safeguardinghub.plans.PlanAction;

/**
 * What a plan's actions were at a review, in one comparable value: each action by id, the version
 * of its terms (what, who, by when, its measures) and its status. Two reviews with the same value
 * left the actions as they were: no action added, closed, reworded, given to someone else or given
 * a new date. Progress notes alone change nothing here. Plain Java.
 */
public final class ActionsFingerprint {

    private ActionsFingerprint() {
    }

    public static String of(Collection<PlanAction> actions) {
        String canonical = actions.stream().map(a -> a.id() + ":" + a.version() + ":" + a.status()).sorted()
                .collect(Collectors.joining("\n"));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
