package asean.review.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import asean.review.infra.Processes;

/**
 * One child of the stack, kept alive: started by a thread of its own, restarted with a growing pause
 * (1 s, doubling to 30 s, back to 1 s once it has run for a minute) whenever it exits without being
 * asked to. Its output is appended to one log file across restarts, each start marked in it. The
 * child gets {@code stopSignal} if this JVM dies, however it dies (Linux's parent-death signal, set by
 * {@code setpriv}), so a launcher killed hard leaves no orphans behind. A child killed by {@link #killAndHold}
 * stays down until {@link #release}.
 */
final class SupervisedProcess implements AutoCloseable {

    private static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);
    private static final Duration STABLE = Duration.ofMinutes(1);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final Path SETPRIV = Path.of("/usr/bin/setpriv");
    private static final Path SETSID = Path.of("/usr/bin/setsid");

    /** What to run: the command, its environment additions, how to tell it is ready, how to stop it. */
    record Spec(String name, List<String> command, Map<String, String> environment, Path log, String stopSignal,
            BooleanSupplier ready) {
    }

    private final Spec spec;
    private final StackEvents events;
    private final Thread supervisor;
    private Process process;
    private boolean stopping;
    private boolean held;
    private volatile boolean ready;
    private volatile int starts;

    private SupervisedProcess(Spec spec, StackEvents events) {
        this.spec = spec;
        this.events = events;
        // The parent-death signal follows the thread that started the child: this one lives as long as the child.
        this.supervisor = new Thread(this::superviseUntilStopped, "supervise-" + spec.name());
    }

    static SupervisedProcess start(Spec spec, StackEvents events) {
        SupervisedProcess child = new SupervisedProcess(spec, events);
        child.supervisor.start();
        return child;
    }

    String name() {
        return spec.name();
    }

    /** The child's current process id, or -1 between two runs. */
    synchronized long pid() {
        return process != null && process.isAlive() ? process.pid() : -1;
    }

    /** How many times the child has been started. */
    int starts() {
        return starts;
    }

    /** Waits until the child is ready; fails if it is not within {@code timeout}. */
    void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ready) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(spec.name() + " was not ready within " + timeout.toSeconds()
                        + " s (started " + starts + " time(s)); the end of " + spec.log() + ":\n" + tailOfLog(30));
            }
            Processes.sleep(Duration.ofMillis(100));
        }
    }

    private String tailOfLog(int lines) {
        try {
            List<String> all = Files.readAllLines(spec.log());
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    private void superviseUntilStopped() {
        Duration pause = FIRST_PAUSE;
        while (true) {
            Process running = launch();
            if (running == null) {
                return;
            }
            Instant started = Instant.now();
            awaitReadyOrExit(running, started);
            int code = waitFor(running);
            ready = false;
            Duration ran = Duration.between(started, Instant.now());
            synchronized (this) {
                if (stopping) {
                    return;
                }
                if (held) {
                    events.say(String.format("%s (pid %d) killed after %.1f s; kept down until released",
                            spec.name(), running.pid(), ran.toMillis() / 1000.0));
                    awaitRelease();
                    if (stopping) {
                        return;
                    }
                    pause = FIRST_PAUSE;
                    continue;
                }
            }
            pause = ran.compareTo(STABLE) > 0 ? FIRST_PAUSE : pause;
            events.say(String.format("%s (pid %d) exited with %s after %.1f s; restarting in %d s", spec.name(),
                    running.pid(), describe(code), ran.toMillis() / 1000.0, pause.toSeconds()));
            Processes.sleep(pause);
            pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
        }
    }

    private synchronized void awaitRelease() {
        while (held && !stopping) {
            try {
                wait();
            } catch (InterruptedException e) {
                // close() interrupts: stopping tells
            }
        }
    }

    /** Kills the child with SIGKILL and keeps it down (not restarted) until {@link #release}. */
    void killAndHold() {
        Process running;
        synchronized (this) {
            held = true;
            running = process;
        }
        if (running != null && running.isAlive()) {
            Processes.signal(running.pid(), "KILL");
        }
    }

    /** Lets the supervisor start the held child again, at once. */
    synchronized void release() {
        held = false;
        notifyAll();
    }

    private synchronized Process launch() {
        if (stopping) {
            return null;
        }
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(SETPRIV)) {
            command.addAll(List.of(SETPRIV.toString(), "--pdeathsig", spec.stopSignal()));
        }
        if (Files.isExecutable(SETSID)) {
            // A session of its own: Ctrl-C in the terminal reaches the launcher, which stops the children in order.
            command.add(SETSID.toString());
        }
        command.addAll(spec.command());
        try {
            Files.createDirectories(spec.log().getParent());
            int start = ++starts;
            Files.writeString(spec.log(), String.format("%n==== %s: %s start %d by the local stack ====%n",
                    Instant.now(), spec.name(), start), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(spec.log().toFile()));
            builder.environment().putAll(spec.environment());
            process = builder.start();
            if (start > 1) {
                events.say(spec.name() + " restarted (pid " + process.pid() + ", start " + start + ")");
            }
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + spec.name(), e);
        }
    }

    private void awaitReadyOrExit(Process running, Instant started) {
        while (running.isAlive()) {
            if (spec.ready().getAsBoolean()) {
                ready = true;
                if (starts > 1) {
                    events.say(String.format("%s is ready again, %.1f s after its restart", spec.name(),
                            Duration.between(started, Instant.now()).toMillis() / 1000.0));
                }
                return;
            }
            Processes.sleep(Duration.ofMillis(100));
        }
    }

    private static int waitFor(Process running) {
        while (true) {
            try {
                return running.waitFor();
            } catch (InterruptedException e) {
                // only close() stops a child, by stopping its process
            }
        }
    }

    private static String describe(int code) {
        return code > 128 ? "signal " + (code - 128) : "code " + code;
    }

    /** Stops the child with its stop signal (killing it after 30 s) and does not start it again. */
    @Override
    public void close() {
        Process running;
        synchronized (this) {
            stopping = true;
            running = process;
            notifyAll();
        }
        if (running != null) {
            Processes.stop(running, spec.stopSignal(), STOP_GRACE);
        }
        supervisor.interrupt();
        try {
            supervisor.join(STOP_GRACE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
