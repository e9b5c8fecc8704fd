package asean.review.stack.durability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import asean.review.infra.FreePorts;
import asean.review.infra.Processes;

/**
 * The local stack exactly as a user starts it, {@code deploy/run.sh} (without the build, done by Maven
 * already), on free ports and in a temporary data directory; and its children as the operating system
 * sees them.
 */
final class LauncherProcess implements AutoCloseable {

    static final Path REPOSITORY = Path.of("../..").toAbsolutePath().normalize();

    final Path dataDir;
    final int kafkaPort = FreePorts.any();
    final int postgresPort = FreePorts.any();
    final int ingestPort = FreePorts.any();
    final int registryPort = FreePorts.any();
    final int reportPort = FreePorts.any();
    final int keycloakPort = FreePorts.any();
    private final Path output;
    private final Process launcher;

    private LauncherProcess(Path dataDir) {
        this.dataDir = dataDir;
        this.output = dataDir.resolve("launcher.out");
        List<String> command = new ArrayList<>(List.of("bash", REPOSITORY.resolve("deploy/run.sh").toString(),
                "--data-dir", dataDir.toString(),
                "--kafka-port", Integer.toString(kafkaPort),
                "--kafka-controller-port", Integer.toString(FreePorts.any()),
                "--postgres-port", Integer.toString(postgresPort),
                "--ingest-port", Integer.toString(ingestPort),
                "--registry-port", Integer.toString(registryPort),
                "--report-port", Integer.toString(reportPort),
                "--keycloak-port", Integer.toString(keycloakPort),
                "--keycloak-management-port", Integer.toString(FreePorts.any())));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().put("SKIP_BUILD", "1");
        try {
            this.launcher = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LauncherProcess start(Path dataDir, Duration timeout) {
        LauncherProcess stack = new LauncherProcess(dataDir);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!stack.said("Ready in")) {
            if (!stack.launcher.isAlive() || System.nanoTime() > deadline) {
                String said = stack.output();
                stack.close();
                throw new IllegalStateException("the stack did not start: " + said);
            }
            Processes.sleep(Duration.ofMillis(200));
        }
        return stack;
    }

    String url(int port) {
        return "http://127.0.0.1:" + port;
    }

    boolean said(String text) {
        return output().contains(text);
    }

    String output() {
        try {
            return Files.readString(output);
        } catch (IOException e) {
            return "";
        }
    }

    long pid() {
        return launcher.pid();
    }

    /** The live process of a child whose command line matches. */
    Optional<ProcessHandle> child(Predicate<String> commandLine) {
        return launcher.descendants()
                .filter(p -> p.info().commandLine().map(commandLine::test).orElse(false))
                .findFirst();
    }

    static Predicate<String> postgres() {
        return line -> line.contains("bin/postgres -D");
    }

    static Predicate<String> kafka() {
        return line -> line.contains("asean.review.stack.KafkaMain");
    }

    static Predicate<String> service(String name) {
        return line -> line.contains(name + "/target/quarkus-app/quarkus-run.jar");
    }

    /** Every process the launcher started, directly or not. */
    List<ProcessHandle> descendants() {
        return launcher.descendants().toList();
    }

    /** Kills the launcher itself with SIGKILL: no shutdown hook runs. */
    void killHard() {
        Processes.signal(launcher.pid(), "KILL");
    }

    /** Stops the stack as Ctrl-C would. */
    @Override
    public void close() {
        Processes.stop(launcher, "TERM", Duration.ofSeconds(90));
    }
}
