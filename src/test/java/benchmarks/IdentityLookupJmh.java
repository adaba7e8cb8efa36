package benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.safeguardinghub.identity.matching.CandidateMatch;
import org.safeguardinghub.identity.matching.MatchModel;
import org.safeguardinghub.identity.matching.MatchPolicy;
import org.safeguardinghub.identity.matching.MatchThresholds;
import org.safeguardinghub.identity.matching.PersonIndex;
import org.safeguardinghub.identity.matching.PersonRecord;

/**
 * JMH: one incoming record looked up against an index of synthetic persons (sample time, so JMH
 * reports p50 and p99). Run with {@code scripts/bench-identity.sh --jmh [--persons=N]}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class IdentityLookupJmh {

    private static final int INCOMING = 10_000;

    @Param("1000000")
    public int persons;

    private PersonIndex index;
    private MatchPolicy policy;
    private List<PersonRecord> incoming;
    private int next;

    @Setup(Level.Trial)
    public void build() {
        SyntheticPeople generator = new SyntheticPeople(42);
        List<PersonRecord> population = generator.population(persons);
        index = new PersonIndex();
        population.forEach(index::add);
        java.util.Random pick = new java.util.Random(11);
        incoming = new ArrayList<>(INCOMING);
        for (int i = 0; i < INCOMING; i++) {
            incoming.add(pick.nextInt(4) == 0 ? generator.newPerson("N" + i)
                    : generator.variantOf(population.get(pick.nextInt(population.size())), "I" + i));
        }
        policy = new MatchPolicy(MatchModel.estimateAgainst(index, incoming.subList(0, 2_000)),
                MatchThresholds.DEFAULT);
    }

    @Benchmark
    public CandidateMatch lookup() {
        next = (next + 1) % INCOMING;
        return index.best(incoming.get(next), policy);
    }

    public static void main(String[] args) throws Exception {
        String persons = "1000000";
        for (String arg : args) {
            if (arg.startsWith("--persons=")) {
                persons = arg.substring("--persons=".length());
            }
        }
        new Runner(new OptionsBuilder().include(IdentityLookupJmh.class.getSimpleName()).param("persons", persons)
                .forks(1).jvmArgs("-Xmx4g").warmupIterations(2).warmupTime(TimeValue.seconds(5))
                .measurementIterations(3).measurementTime(TimeValue.seconds(10)).build()).run();
    }
}
