package org.safeguardinghub.identity.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Given names that may be the same person's name written differently (Kayleigh and Kaleigh,
 * William and Liam), from the maintained list {@code identity/given-name-variants.txt}. A name
 * may belong to several groups (Alex is short for Alexander and Alexandra).
 */
final class NameVariants {

    static final String RESOURCE = "/identity/given-name-variants.txt";
    /** Given names in common use: each a name in its own right (issue 13). */
    static final String NAMES = "/identity/given-names.txt";
    private static final NameVariants DEFAULT = load();

    private final Map<String, BitSet> groupsByName;
    private final Set<String> names;

    NameVariants(Map<String, BitSet> groupsByName) {
        this(groupsByName, Set.of());
    }

    NameVariants(Map<String, BitSet> groupsByName, Set<String> names) {
        this.groupsByName = Map.copyOf(groupsByName);
        this.names = Set.copyOf(names);
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

    /**
     * Both (normalised) names are known names, and not variants of each other: two names in their
     * own right (Ella and Emma), however alike they are spelt.
     */
    boolean knownAndDifferent(String first, String second) {
        return first != null && second != null && !first.equals(second) && known(first) && known(second)
                && !areVariants(first, second);
    }

    private boolean known(String name) {
        return names.contains(name) || groupsByName.containsKey(name);
    }

    int size() {
        return groupsByName.size();
    }

    private static NameVariants load() {
        try (BufferedReader variants = reader(RESOURCE); BufferedReader common = reader(NAMES)) {
            Set<String> names = new HashSet<>();
            for (String line = common.readLine(); line != null; line = common.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    Arrays.stream(line.trim().split("\\s+")).map(Normalise::text).filter(n -> n != null)
                            .forEach(names::add);
                }
            }
            return new NameVariants(parse(variants).groupsByName, names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedReader reader(String resource) {
        InputStream in = NameVariants.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing " + resource);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
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
