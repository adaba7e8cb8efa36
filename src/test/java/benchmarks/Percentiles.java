package benchmarks;

import java.util.Arrays;

/** Latency samples in nanoseconds and the percentiles the benchmark reports. */
record Percentiles(long[] nanos) {

    Percentiles {
        nanos = nanos.clone();
        Arrays.sort(nanos);
    }

    double millis(double percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * nanos.length) - 1;
        return nanos[Math.max(0, Math.min(index, nanos.length - 1))] / 1_000_000.0;
    }

    double p50() {
        return millis(50);
    }

    double p95() {
        return millis(95);
    }

    double p99() {
        return millis(99);
    }
}
