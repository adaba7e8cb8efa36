package benchmarks;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import benchmarks.AgencyExtracts.Row;

/**
 * The baseline the feed is measured beside: records are one child whenever they share an NHS
 * number, a UPN, an agency's local id, or the same given name, family name and date of birth
 * (ignoring case, accents and punctuation), transitively. No judgement, no review.
 */
final class NaiveLinker {

    private NaiveLinker() {
    }

    static String[] clusters(List<Row> rows) {
        int[] parent = new int[rows.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<String, Integer> firstWithKey = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            for (String key : keys(rows.get(i))) {
                Integer first = firstWithKey.putIfAbsent(key, i);
                if (first != null) {
                    parent[root(parent, i)] = root(parent, first);
                }
            }
        }
        String[] clusters = new String[rows.size()];
        for (int i = 0; i < clusters.length; i++) {
            clusters[i] = "naive-" + root(parent, i);
        }
        return clusters;
    }

    private static List<String> keys(Row row) {
        List<String> keys = new java.util.ArrayList<>();
        if (row.nhs() != null) {
            keys.add("N " + row.nhs());
        }
        if (row.upn() != null) {
            keys.add("U " + row.upn());
        }
        if (row.localId() != null) {
            keys.add("L " + row.agency() + " " + row.localId());
        }
        if (row.given() != null && row.family() != null && row.born() != null) {
            keys.add("D " + fold(row.given()) + "|" + fold(row.family()) + "|" + row.born());
        }
        return keys;
    }

    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
