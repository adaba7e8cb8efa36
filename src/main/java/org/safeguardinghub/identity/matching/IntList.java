package org.safeguardinghub.identity.matching;

import java.util.Arrays;

/** A growable list of ints: a million persons filed under several keys each, without boxing. */
final class IntList {

    private int[] values = new int[2];
    private int size;

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    int get(int index) {
        return values[index];
    }

    int size() {
        return size;
    }

    void addAll(IntList other) {
        for (int i = 0; i < other.size; i++) {
            add(other.values[i]);
        }
    }

    /** The values each once, the most repeated first (ties in ascending order). */
    int[] distinctByFrequency() {
        int[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        long[] counted = new long[sorted.length];
        int distinct = 0;
        for (int i = 0; i < sorted.length;) {
            int j = i;
            while (j < sorted.length && sorted[j] == sorted[i]) {
                j++;
            }
            counted[distinct++] = (long) (Integer.MAX_VALUE - (j - i)) << 32 | sorted[i];
            i = j;
        }
        long[] ordered = Arrays.copyOf(counted, distinct);
        Arrays.sort(ordered);
        int[] result = new int[distinct];
        for (int i = 0; i < distinct; i++) {
            result[i] = (int) ordered[i];
        }
        return result;
    }
}
