package asean.review.stack.load;

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
 * whose every core is busy, it says what a figure competed with.
 */
public final class CpuShares {

    private static final String LOAD_GENERATOR = "load generator";

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
        long started = System.nanoTime();
        T result = phase.call();
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Duration> after = cpuTimes();
        lines.add(String.format("  %-28s %s", name, after.entrySet().stream()
                .map(e -> String.format("%s %.2f", e.getKey(),
                        (e.getValue().toNanos() - before.getOrDefault(e.getKey(), Duration.ZERO).toNanos()) / 1e9
                                / seconds))
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

    /** The stack is this JVM's descendants: the load generator is this JVM alone. */
    private static Duration cpuTime(String name, ProcessHandle process) {
        Stream<ProcessHandle> processes = name.equals(LOAD_GENERATOR) ? Stream.of(process)
                : Stream.concat(Stream.of(process), process.descendants());
        return processes.map(p -> p.info().totalCpuDuration().orElse(Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus);
    }
}
