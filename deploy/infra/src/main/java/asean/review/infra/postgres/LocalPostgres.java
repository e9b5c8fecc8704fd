package asean.review.infra.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import asean.review.infra.FreePorts;
import asean.review.infra.Processes;

/**
 * A real PostgreSQL server owned by this JVM (the tests' server), with the durable settings of
 * {@link PostgresServer}. With a data directory that is not cleaned, its databases survive restarts.
 */
public final class LocalPostgres implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final int port;

    private LocalPostgres(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts PostgreSQL on {@code port} (0 for any free one) with its data in {@code dataDir}. */
    public static LocalPostgres start(Path dataDir, int port) {
        int chosen = port == 0 ? FreePorts.any() : port;
        PostgresServer.initialise(dataDir);
        try {
            Path log = dataDir.resolve("server.log");
            Process process = new ProcessBuilder(PostgresServer.command(dataDir, chosen, PostgresServer.DURABLE))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            LocalPostgres postgres = new LocalPostgres(process, chosen);
            long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
            while (!PostgresServer.isReady(chosen)) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    postgres.close();
                    throw new IllegalStateException("PostgreSQL did not start in " + dataDir + ": "
                            + Files.readString(log));
                }
                Processes.sleep(Duration.ofMillis(100));
            }
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start in " + dataDir, e);
        }
    }

    /** Creates {@code database} unless it exists, and returns its JDBC URL. */
    public String database(String database) {
        return PostgresServer.createDatabase(port, database);
    }

    public int port() {
        return port;
    }

    /** A fast shutdown (SIGINT): open transactions are rolled back, committed ones are kept. */
    @Override
    public void close() {
        Processes.stop(process, "INT", Duration.ofSeconds(30));
    }
}
