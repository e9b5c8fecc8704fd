package asean.review.infra.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import asean.review.infra.FreePorts;
import asean.review.infra.Processes;

/** A real Keycloak owned by this JVM (the tests'), on free ports, with its data in {@code dataDir}. */
public final class LocalKeycloak implements AutoCloseable {

    /** Four minutes; {@code -Dkeycloak.start-timeout=PT8M} on a machine that many builds share. */
    private static final Duration START_TIMEOUT = Duration.parse(System.getProperty("keycloak.start-timeout", "PT4M"));

    private final Process process;
    private final int port;
    private final KeycloakAdmin admin;

    private LocalKeycloak(Process process, int port, KeycloakAdmin admin) {
        this.process = process;
        this.port = port;
        this.admin = admin;
    }

    public static LocalKeycloak start(Path dataDir) {
        int port = FreePorts.any();
        int managementPort = FreePorts.any();
        String adminPassword = UUID.randomUUID().toString();
        Path log = dataDir.resolve("keycloak.log");
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        try {
            Process process = launch(dataDir, port, managementPort, adminPassword, log);
            while (!KeycloakServer.isReady(port)) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    Processes.stop(process, "TERM", Duration.ofSeconds(10));
                    throw new IllegalStateException("Keycloak did not start: " + Files.readString(log));
                }
                Processes.sleep(Duration.ofMillis(250));
            }
            return new LocalKeycloak(process, port, new KeycloakAdmin(KeycloakServer.url(port), adminPassword));
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak did not start in " + dataDir, e);
        }
    }

    private static Process launch(Path dataDir, int port, int managementPort, String adminPassword, Path log)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(
                KeycloakServer.command(KeycloakServer.repository(), dataDir, port, managementPort))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(KeycloakServer.environment(adminPassword));
        return builder.start();
    }

    public KeycloakAdmin admin() {
        return admin;
    }

    public String issuer() {
        return KeycloakServer.issuer(port);
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        Processes.stop(process, "TERM", Duration.ofSeconds(30));
    }
}
