package benchmarks;

import java.util.Map;

/** Placeholder: lookup latency and throughput against a synthetic index (next commit). */
final class ScaleBenchmark {
    ScaleBenchmark(Map<String, String> options, IdentityBenchmark benchmark) {
    }

    void run() {
    }
}
