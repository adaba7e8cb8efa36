package org.safeguardinghub.identity.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Given names that may be the same person's name written differently (Kayleigh and Kaleigh,
 * William and Liam), from the maintained list {@code identity/given-name-variants.txt}. A name
 * may belong to several groups (Alex is short for Alexander and Alexandra).
 */
final class NameVariants {

    static final String RESOURCE = "/identity/given-name-variants.txt";
    private static final NameVariants DEFAULT = load();

    private final Map<String, BitSet> groupsByName;

    NameVariants(Map<String, BitSet> groupsByName) {
        this.groupsByName = Map.copyOf(groupsByName);
    }

    static NameVariants standard() {
        return DEFAULT;
    }

    /** Both names (already normalised) are in a common group; a name is not its own variant. */
    boolean areVariants(String first, String second) {
        if (first == null || second == null || first.equals(second)) {
            return false;
        }
        BitSet firstGroups = groupsByName.get(first);
        BitSet secondGroups = groupsByName.get(second);
        return firstGroups != null && secondGroups != null && firstGroups.intersects(secondGroups);
    }

    int size() {
        return groupsByName.size();
    }

    private static NameVariants load() {
        try (InputStream in = NameVariants.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static NameVariants parse(BufferedReader reader) throws IOException {
        Map<String, BitSet> groups = new HashMap<>();
        int group = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            for (String name : line.trim().split("\\s+")) {
                String normalised = Normalise.text(name);
                if (normalised != null) {
                    groups.computeIfAbsent(normalised, n -> new BitSet()).set(group);
                }
            }
            group++;
        }
        return new NameVariants(groups);
    }
}
