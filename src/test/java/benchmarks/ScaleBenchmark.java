package benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.safeguardinghub.identity.matching.CandidateMatch;
import org.safeguardinghub.identity.matching.MatchModel;
import org.safeguardinghub.identity.matching.MatchPolicy;
import org.safeguardinghub.identity.matching.MatchThresholds;
import org.safeguardinghub.identity.matching.PersonIndex;
import org.safeguardinghub.identity.matching.PersonRecord;

/**
 * Speed against an index of synthetic persons: one-record lookup latency (after a warm-up, one
 * thread) and throughput linking a batch of incoming records on all the machine's threads. Also
 * reports accuracy on the synthetic batch, whose truth the generator knows.
 */
final class ScaleBenchmark {

    private static final int WARM_UP = 3_000;
    private static final int ESTIMATION_SAMPLE = 5_000;

    private final int persons;
    private final int incomingCount;
    private final int lookups;
    private final int threads;
    private final IdentityBenchmark benchmark;

    ScaleBenchmark(Map<String, String> options, IdentityBenchmark benchmark) {
        this.persons = Integer.parseInt(options.get("persons"));
        this.incomingCount = Integer.parseInt(options.get("incoming"));
        this.lookups = Integer.parseInt(options.get("lookups"));
        this.threads = Integer.parseInt(options.get("threads"));
        this.benchmark = benchmark;
    }

    /** An incoming record and the known person it was copied from (null for a new child). */
    record Incoming(PersonRecord record, String sourceId) {
    }

    void run() throws Exception {
        SyntheticPeople generator = new SyntheticPeople(42);
        long start = System.nanoTime();
        List<PersonRecord> population = generator.population(persons);
        PersonIndex index = new PersonIndex();
        population.forEach(index::add);
        double buildSeconds = seconds(start);
        List<Incoming> incoming = incoming(generator, population, incomingCount + WARM_UP + lookups);
        population = null;
        System.gc();
        long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        benchmark.print(String.format(Locale.ROOT, "%nIndex of %,d synthetic persons built in %.1f s; heap in use %,d MB%n",
                index.size(), buildSeconds, heap >> 20));

        start = System.nanoTime();
        MatchModel model = MatchModel.estimateAgainst(index,
                incoming.subList(0, ESTIMATION_SAMPLE).stream().map(Incoming::record).toList());
        MatchPolicy policy = new MatchPolicy(model, MatchThresholds.DEFAULT);
        benchmark.print(String.format(Locale.ROOT, "Model estimated by EM from %,d incoming records in %.1f s; "
                + "thresholds link ≥ %.1f, review ≥ %.1f%n", ESTIMATION_SAMPLE, seconds(start),
                policy.thresholds().upper(), policy.thresholds().lower()));

        latency(index, policy, incoming.subList(incomingCount, incoming.size()));
        throughput(index, policy, incoming.subList(0, incomingCount));
    }

    private static List<Incoming> incoming(SyntheticPeople generator, List<PersonRecord> population, int count) {
        java.util.Random pick = new java.util.Random(7);
        List<Incoming> incoming = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            if (pick.nextInt(4) == 0) {
                incoming.add(new Incoming(generator.newPerson("N" + i), null));
            } else {
                PersonRecord source = population.get(pick.nextInt(population.size()));
                incoming.add(new Incoming(generator.variantOf(source, "I" + i), source.id()));
            }
        }
        return incoming;
    }

    private void latency(PersonIndex index, MatchPolicy policy, List<Incoming> records) {
        for (Incoming record : records.subList(0, WARM_UP)) {
            index.best(record.record(), policy);
        }
        List<Incoming> measured = records.subList(WARM_UP, records.size());
        long[] nanos = new long[measured.size()];
        long candidates = 0;
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            index.best(measured.get(i).record(), policy);
            nanos[i] = System.nanoTime() - start;
        }
        for (Incoming record : measured.subList(0, Math.min(500, measured.size()))) {
            candidates += index.candidates(record.record()).size();
        }
        Percentiles percentiles = new Percentiles(nanos);
        benchmark.print(String.format(Locale.ROOT, "One-record lookup against %,d persons (%,d lookups after %,d "
                        + "warm-up, one thread): p50 %.2f ms, p99 %.2f ms; mean candidates %,d%n", index.size(),
                nanos.length, WARM_UP, percentiles.p50(), percentiles.p99(), candidates / Math.min(500, nanos.length)));
        benchmark.target("Lookup against " + String.format(Locale.ROOT, "%,d", index.size()) + " persons: p99 ≤ 20 ms",
                String.format(Locale.ROOT, "%.2f ms", percentiles.p99()), percentiles.p99() <= 20);
    }

    private void throughput(PersonIndex index, MatchPolicy policy, List<Incoming> records) throws Exception {
        long start = System.nanoTime();
        List<CandidateMatch> best = linkAll(index, policy, records);
        double seconds = seconds(start);
        benchmark.print(String.format(Locale.ROOT, "Linked %,d incoming records in %.1f s on %d threads: %,.0f records/s%n",
                records.size(), seconds, threads, records.size() / seconds));
        benchmark.target(String.format(Locale.ROOT, "%,d records linked in under 60 s", records.size()),
                String.format(Locale.ROOT, "%.1f s", seconds), seconds < 60);
        syntheticAccuracy(records, best);
    }

    private List<CandidateMatch> linkAll(PersonIndex index, MatchPolicy policy, List<Incoming> records)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            int chunk = (records.size() + threads - 1) / threads;
            List<Future<List<CandidateMatch>>> parts = new ArrayList<>();
            for (int from = 0; from < records.size(); from += chunk) {
                List<Incoming> part = records.subList(from, Math.min(records.size(), from + chunk));
                parts.add(pool.submit(() -> part.stream().map(r -> index.best(r.record(), policy)).toList()));
            }
            List<CandidateMatch> all = new ArrayList<>(records.size());
            for (Future<List<CandidateMatch>> part : parts) {
                all.addAll(part.get());
            }
            return all;
        } finally {
            pool.shutdown();
        }
    }

    private void syntheticAccuracy(List<Incoming> records, List<CandidateMatch> best) {
        int links = 0;
        int correct = 0;
        int reviews = 0;
        int known = 0;
        for (int i = 0; i < records.size(); i++) {
            CandidateMatch match = best.get(i);
            known += records.get(i).sourceId() != null ? 1 : 0;
            reviews += match.outcome() instanceof org.safeguardinghub.identity.matching.MatchOutcome.NeedsReview ? 1 : 0;
            if (match.isLink()) {
                links++;
                correct += match.candidateId().equals(records.get(i).sourceId()) ? 1 : 0;
            }
        }
        double precision = (double) correct / links;
        double recall = (double) correct / known;
        benchmark.print(String.format(Locale.ROOT, "Synthetic batch (%,d known children with errors, %,d new): links "
                        + "%,d, correct %,d, reviews %,d; precision %.4f recall %.4f F1 %.4f%n", known,
                records.size() - known, links, correct, reviews, precision, recall,
                LinkageScore.f1(precision, recall)));
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
