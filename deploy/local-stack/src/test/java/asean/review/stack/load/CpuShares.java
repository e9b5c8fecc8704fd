package asean.review.stack.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which process took the CPU during each phase of the benchmark, in cores: each of the stack's processes with its
 * descendants (PostgreSQL's backends, Keycloak's JVM under its script), and this JVM, the load generator. On a machine
 * whose every core is busy, it says what a figure competed with. For a JVM, the part its JIT compiler threads took is
 * shown beside it: while it is large, the code measured is still being compiled, not yet at its steady speed.
 */
public final class CpuShares {

    private static final String LOAD_GENERATOR = "load generator";
    /** Linux's USER_HZ: the unit of the CPU times in /proc/[pid]/task/[tid]/stat. */
    private static final int TICKS_PER_SECOND = 100;

    private final Map<String, Long> pids;
    private final List<String> lines = new ArrayList<>();

    /** {@code pids}: the stack's processes by name. */
    public CpuShares(Map<String, Long> pids) {
        this.pids = new LinkedHashMap<>(pids);
        this.pids.put(LOAD_GENERATOR, ProcessHandle.current().pid());
    }

    /** Runs {@code phase} and remembers the cores each process used meanwhile, under {@code name}. */
    public <T> T during(String name, Callable<T> phase) throws Exception {
        Map<String, Duration> before = cpuTimes();
        Map<String, Long> jitBefore = jitTicks();
        long started = System.nanoTime();
        T result = phase.call();
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Duration> after = cpuTimes();
        Map<String, Long> jitAfter = jitTicks();
        lines.add(String.format("  %-28s %s", name, after.entrySet().stream()
                .map(e -> {
                    String process = e.getKey();
                    double cores = (e.getValue().toNanos() - before.getOrDefault(process, Duration.ZERO).toNanos())
                            / 1e9 / seconds;
                    double jit = (jitAfter.getOrDefault(process, 0L) - jitBefore.getOrDefault(process, 0L))
                            / (double) TICKS_PER_SECOND / seconds;
                    return String.format(jit >= 0.005 ? "%s %.2f (JIT %.2f)" : "%s %.2f", process, cores, jit);
                })
                .collect(Collectors.joining(", "))));
        return result;
    }

    public void print() {
        System.out.printf("CPU by process during each phase, in cores (of %d):%n",
                Runtime.getRuntime().availableProcessors());
        lines.forEach(System.out::println);
    }

    private Map<String, Duration> cpuTimes() {
        Map<String, Duration> times = new LinkedHashMap<>();
        pids.forEach((name, pid) -> times.put(name, ProcessHandle.of(pid).map(process -> cpuTime(name, process))
                .orElse(Duration.ZERO)));
        return times;
    }

    /** CPU time of each JVM's JIT compiler threads (named "C1 CompilerThre…", "C2 CompilerThre…"), in ticks. */
    private Map<String, Long> jitTicks() {
        Map<String, Long> ticks = new LinkedHashMap<>();
        pids.forEach((name, pid) -> ticks.put(name, compilerTicks(pid)));
        return ticks;
    }

    private static long compilerTicks(long pid) {
        try (Stream<Path> threads = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            return threads.mapToLong(thread -> {
                try {
                    String stat = Files.readString(thread.resolve("stat"));
                    String comm = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    if (!comm.contains("CompilerThre")) {
                        return 0;
                    }
                    // After "(comm) ": state is field 3; utime and stime are fields 14 and 15.
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                } catch (IOException e) {
                    return 0; // the thread ended meanwhile
                }
            }).sum();
        } catch (IOException e) {
            return 0; // the process ended, or it is not on Linux
        }
    }

    /** The stack is this JVM's descendants: the load generator is this JVM alone. */
    private static Duration cpuTime(String name, ProcessHandle process) {
        Stream<ProcessHandle> processes = name.equals(LOAD_GENERATOR) ? Stream.of(process)
                : Stream.concat(Stream.of(process), process.descendants());
        return processes.map(p -> p.info().totalCpuDuration().orElse(Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus);
    }
}
