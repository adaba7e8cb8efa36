package benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time used so far by the benchmark's PostgreSQL (the postmaster, its live processes and the
 * ones it has reaped) and by a process, read from {@code /proc} (Linux). Throughput on a machine
 * shared with other work says little; the CPU a phase costs per event says more (ADR 0041).
 */
final class ProcessCpu {

    /** Clock ticks a second of {@code /proc/<pid>/stat}: 100 on Linux. */
    private static final double TICKS = 100.0;

    private ProcessCpu() {
    }

    /** Seconds of CPU of the cluster whose data directory this is; 0 where {@code /proc} cannot tell. */
    static double postgres(Path dataDirectory) {
        try {
            long postmaster = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).getFirst().strip());
            long[] own = stat(postmaster);
            long ticks = own[1] + own[2] + own[3] + own[4];
            try (Stream<Path> all = Files.list(Path.of("/proc"))) {
                for (Path p : all.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                    long[] s = stat(Long.parseLong(p.getFileName().toString()));
                    if (s != null && s[0] == postmaster) {
                        ticks += s[1] + s[2];
                    }
                }
            }
            return ticks / TICKS;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Seconds of CPU of one process (its threads, not its children). */
    static double of(long pid) {
        long[] s = stat(pid);
        return s == null ? 0 : (s[1] + s[2]) / TICKS;
    }

    /** Parent, user, system, children's user and system ticks; null if the process is gone. */
    private static long[] stat(long pid) {
        try {
            String line = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // the command may hold spaces and parentheses: the fields start after the last ')'
            String[] f = line.substring(line.lastIndexOf(')') + 2).split(" ");
            return new long[] {Long.parseLong(f[1]), Long.parseLong(f[11]), Long.parseLong(f[12]), Long.parseLong(f[13]),
                Long.parseLong(f[14])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
