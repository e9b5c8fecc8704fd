package asean.review.stack.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    /** Linux's USER_HZ: the unit of the CPU times in /proc/[pid]/stat. */
    private static final int TICKS_PER_SECOND = 100;
    /** proc(5)'s fields: CPU in user and kernel mode, the process's own and its reaped children's. */
    private static final int UTIME = 14;
    private static final int STIME = 15;
    private static final int CUTIME = 16;
    private static final int CSTIME = 17;

    private final Map<String, Long> pids;
    private final List<String> lines = new ArrayList<>();

    /** {@code pids}: the stack's processes by name. */
    public CpuShares(Map<String, Long> pids) {
        this.pids = new LinkedHashMap<>(pids);
        this.pids.put(LOAD_GENERATOR, ProcessHandle.current().pid());
    }

    /** Runs {@code phase} and remembers the cores each process used meanwhile, under {@code name}. */
    public <T> T during(String name, Callable<T> phase) throws Exception {
        Map<String, Used> before = used();
        long started = System.nanoTime();
        T result = phase.call();
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Used> after = used();
        lines.add(String.format("  %-28s %s", name, after.entrySet().stream()
                .map(e -> e.getValue().since(before.get(e.getKey()), seconds).show(e.getKey()))
                .collect(Collectors.joining(", "))));
        return result;
    }

    public void print() {
        System.out.printf("CPU by process during each phase, in cores (of %d):%n",
                Runtime.getRuntime().availableProcessors());
        lines.forEach(System.out::println);
    }

    /** CPU a process used, all of it and its JIT compiler threads': seconds so far, or cores over a phase. */
    private record Used(double cpu, double jit) {

        static final Used NONE = new Used(0, 0);

        Used plus(Used other) {
            return new Used(cpu + other.cpu, jit + other.jit);
        }

        /** The cores used since {@code before}, over {@code seconds}. */
        Used since(Used before, double seconds) {
            return new Used((cpu - before.cpu) / seconds, (jit - before.jit) / seconds);
        }

        String show(String process) {
            return String.format(jit >= 0.005 ? "%s %.2f (JIT %.2f)" : "%s %.2f", process, cpu, jit);
        }
    }

    private Map<String, Used> used() {
        Map<String, Used> used = new LinkedHashMap<>();
        pids.forEach((name, pid) -> used.put(name, ProcessHandle.of(pid).map(process -> used(name, process))
                .orElse(Used.NONE)));
        return used;
    }

    /**
     * The stack is this JVM's descendants: each live one's own CPU and that of the children it reaped (PostgreSQL's
     * backends that ended during the phase). The load generator is this JVM alone.
     */
    private static Used used(String name, ProcessHandle process) {
        boolean alone = name.equals(LOAD_GENERATOR);
        Stream<ProcessHandle> processes = alone ? Stream.of(process)
                : Stream.concat(Stream.of(process), process.descendants());
        return processes.map(p -> {
            Path proc = Path.of("/proc", Long.toString(p.pid()));
            long ticks = stat(proc.resolve("stat"))
                    .map(stat -> alone ? stat.ticks(UTIME, STIME) : stat.ticks(UTIME, STIME, CUTIME, CSTIME))
                    .orElse(0L);
            return new Used(ticks / (double) TICKS_PER_SECOND, compilerTicks(proc) / (double) TICKS_PER_SECOND);
        }).reduce(Used.NONE, Used::plus);
    }

    /** CPU time of a JVM's JIT compiler threads (named "C1 CompilerThre…", "C2 CompilerThre…"), in ticks. */
    private static long compilerTicks(Path proc) {
        try (Stream<Path> threads = Files.list(proc.resolve("task"))) {
            return threads.flatMap(thread -> stat(thread.resolve("stat")).stream())
                    .filter(stat -> stat.comm().contains("CompilerThre"))
                    .mapToLong(stat -> stat.ticks(UTIME, STIME)).sum();
        } catch (IOException e) {
            return 0; // the process ended, or it is not on Linux
        }
    }

    private static Optional<Stat> stat(Path file) {
        try {
            String stat = Files.readString(file);
            int commEnd = stat.lastIndexOf(')');
            return Optional.of(new Stat(stat.substring(stat.indexOf('(') + 1, commEnd),
                    stat.substring(commEnd + 2).split(" ")));
        } catch (IOException e) {
            return Optional.empty(); // the process or thread ended meanwhile
        }
    }

    /** A /proc stat line: the command name, and the fields after it (field 3, the state, first). */
    private record Stat(String comm, String[] fields) {

        /** The sum of the fields numbered as in proc(5). */
        long ticks(int... numbers) {
            long sum = 0;
            for (int number : numbers) {
                sum += Long.parseLong(fields[number - 3]);
            }
            return sum;
        }
    }
}
