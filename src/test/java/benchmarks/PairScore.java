package benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import benchmarks.ChildPopulation.Child;

/**
 * A linkage scored over all pairs of records, as clusters rather than one-to-one: two records put
 * on one record (cluster) are a link; it is correct if they are about the same child. False links
 * are split by how the two children are related: twins (one household, born the same day), other
 * brothers and sisters (one household), or unrelated.
 *
 * @param mixedClusters records (clusters) that hold more than one child's records
 */
public record PairScore(String name, int records, long truePairs, long links, long correct, long twinLinks,
                        long siblingLinks, long unrelatedLinks, int mixedClusters) {

    /**
     * @param children the truth, by child id
     * @param childOf  the true child of each record
     * @param cluster  the record (cluster) each record was put on
     */
    public static PairScore of(String name, List<Child> children, int[] childOf, String[] cluster) {
        Map<String, Map<Integer, Integer>> clusters = new HashMap<>();
        Map<Integer, Integer> perChild = new HashMap<>();
        for (int i = 0; i < childOf.length; i++) {
            clusters.computeIfAbsent(cluster[i], k -> new HashMap<>()).merge(childOf[i], 1, Integer::sum);
            perChild.merge(childOf[i], 1, Integer::sum);
        }
        long truePairs = perChild.values().stream().mapToLong(PairScore::pairs).sum();
        long links = 0;
        long correct = 0;
        long[] wrong = new long[3];
        int mixed = 0;
        for (Map<Integer, Integer> members : clusters.values()) {
            int size = members.values().stream().mapToInt(Integer::intValue).sum();
            links += pairs(size);
            correct += members.values().stream().mapToLong(PairScore::pairs).sum();
            if (members.size() > 1) {
                mixed++;
                falseLinks(children, members, wrong);
            }
        }
        return new PairScore(name, childOf.length, truePairs, links, correct, wrong[0], wrong[1], wrong[2], mixed);
    }

    private static void falseLinks(List<Child> children, Map<Integer, Integer> members, long[] wrong) {
        List<Integer> ids = new ArrayList<>(members.keySet());
        for (int a = 0; a < ids.size(); a++) {
            for (int b = a + 1; b < ids.size(); b++) {
                Child x = children.get(ids.get(a));
                Child y = children.get(ids.get(b));
                long pairs = (long) members.get(x.id()) * members.get(y.id());
                wrong[relation(x, y)] += pairs;
            }
        }
    }

    /** 0 twins, 1 other siblings, 2 unrelated. */
    static int relation(Child x, Child y) {
        if (x.household() != y.household()) {
            return 2;
        }
        return x.born().equals(y.born()) ? 0 : 1;
    }

    private static long pairs(long n) {
        return n * (n - 1) / 2;
    }

    public double precision() {
        return links == 0 ? 1 : (double) correct / links;
    }

    public double recall() {
        return truePairs == 0 ? 0 : (double) correct / truePairs;
    }

    public double f1() {
        return LinkageScore.f1(precision(), recall());
    }

    public long falseLinks() {
        return links - correct;
    }

    String row(String label, String value) {
        return String.format(Locale.ROOT, "  %-52s %s", label, value);
    }
}
