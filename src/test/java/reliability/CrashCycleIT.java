package reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * One short cycle of the crash harness in CI (the ten recorded runs are {@code scripts/crash.sh}):
 * the application in its own process is killed with SIGKILL once while three partners send, started
 * again, and every acknowledged event is then stored exactly once, nothing half stored.
 */
class CrashCycleIT {

    @Test
    void everyAcknowledgedEventIsStoredExactlyOnceAfterAKill() throws Exception {
        List<CrashRun.Run> runs = new CrashRun(Map.of("runs", "1", "clients", "3", "batches", "10", "batch-size", "40",
                "kills", "1", "children", "60", "max-kill-delay-ms", "1500", "data-dir", "target/crash-it"))
                .runAll(System.out::println);
        CrashRun.Run run = runs.getFirst();
        assertThat(run.kills()).as("the application was killed while partners were sending").isEqualTo(1);
        assertThat(run.stored().acknowledged()).isEqualTo(run.events());
        assertThat(run.stored().duplicates()).isZero();
        assertThat(run.stored().lost()).isZero();
        assertThat(run.stored().storedNotAcknowledged()).isZero();
        assertThat(run.stored().childrenNotEvaluated()).isZero();
        assertThat(run.stored().childrenNotAudited()).isZero();
        assertThat(run.stored().exactlyOnce()).isTrue();
    }
}
