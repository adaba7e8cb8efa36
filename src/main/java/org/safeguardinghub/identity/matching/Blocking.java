package org.safeguardinghub.identity.matching;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Candidate pairs for a batch of records: those sharing at least one blocking key. Pairs are
 * packed as (left index &lt;&lt; 32 | right index) in a sorted array, each once.
 */
final class Blocking {

    private Blocking() {
    }

    static Map<String, IntList> blocks(List<NormalisedPerson> people) {
        Map<String, IntList> blocks = new HashMap<>();
        for (int i = 0; i < people.size(); i++) {
            for (String key : BlockingKeys.of(people.get(i))) {
                blocks.computeIfAbsent(key, k -> new IntList()).add(i);
            }
        }
        return blocks;
    }

    /** Pairs of one left and one right record: two sources, neither deduplicated. */
    static long[] between(List<NormalisedPerson> left, List<NormalisedPerson> right) {
        Map<String, IntList> leftBlocks = blocks(left);
        PairBuffer pairs = new PairBuffer();
        for (int r = 0; r < right.size(); r++) {
            for (String key : BlockingKeys.of(right.get(r))) {
                IntList block = leftBlocks.get(key);
                for (int i = 0; block != null && i < block.size(); i++) {
                    pairs.add(block.get(i), r);
                }
            }
        }
        return pairs.sortedDistinct();
    }

    /** Pairs within one source, lower index first. */
    static long[] within(List<NormalisedPerson> people) {
        PairBuffer pairs = new PairBuffer();
        for (IntList block : blocks(people).values()) {
            for (int i = 0; i < block.size(); i++) {
                for (int j = i + 1; j < block.size(); j++) {
                    pairs.add(Math.min(block.get(i), block.get(j)), Math.max(block.get(i), block.get(j)));
                }
            }
        }
        return pairs.sortedDistinct();
    }

    static long pack(int left, int right) {
        return ((long) left << 32) | right;
    }

    static int left(long pair) {
        return (int) (pair >>> 32);
    }

    static int right(long pair) {
        return (int) pair;
    }

    private static final class PairBuffer {
        private long[] pairs = new long[1024];
        private int size;

        void add(int left, int right) {
            if (size == pairs.length) {
                pairs = Arrays.copyOf(pairs, size * 2);
            }
            pairs[size++] = pack(left, right);
        }

        long[] sortedDistinct() {
            long[] sorted = Arrays.copyOf(pairs, size);
            Arrays.sort(sorted);
            return Arrays.stream(sorted).distinct().toArray();
        }
    }
}
