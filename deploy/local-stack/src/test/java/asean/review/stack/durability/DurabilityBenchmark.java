package asean.review.stack.durability;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import asean.review.infra.TempDirs;
import asean.review.infra.keycloak.RealmFile;
import asean.review.infra.postgres.PostgresServer;
import asean.review.stack.LocalStack;
import asean.review.stack.StackSettings;
import asean.review.stack.TokenMain;

/**
 * What durability costs: the same stream of submissions against a fresh stack with PostgreSQL's durable
 * settings and with the old ones (fsync, synchronous commit and full page writes off), in one run.
 * {@code ./mvnw -pl deploy/local-stack -am verify -Pbenchmark} prints one line per setting.
 */
class DurabilityBenchmark {

    private static final int REQUESTS = 5_000;
    private static final int CLIENTS = 8;

    @Test
    void durableBesideUnsafe() throws Exception {
        // POST→registered is measured at saturation: it is the time a submission waits behind the others.
        String unsafe = measure("old (fsync, synchronous_commit, full_page_writes off)", PostgresServer.UNSAFE);
        String durable = measure("durable (fsync, synchronous_commit, full_page_writes on)", PostgresServer.DURABLE);
        System.out.println(unsafe);
        System.out.println(durable);
    }

    private static String measure(String label, Map<String, String> postgresSettings) throws Exception {
        Path dataDir = TempDirs.create("durability-benchmark");
        StackSettings settings = StackSettings.defaults(LauncherProcess.REPOSITORY, dataDir).onFreePorts()
                .withPostgresSettings(postgresSettings);
        try (LocalStack stack = LocalStack.start(settings)) {
            String token = TokenMain.token(stack.keycloakUrl(),
                    RealmFile.read(settings.realmFile()).user("submitter", "MOFA").orElseThrow());
            warmUp(stack, token, settings.postgresPort());
            SubmissionStream stream = new SubmissionStream(stack.url("ingest-service"), token, "benchmark", REQUESTS);
            long started = System.nanoTime();
            stream.start(CLIENTS);
            stream.awaitSent(Duration.ofMinutes(10));
            double seconds = (System.nanoTime() - started) / 1e9;
            stream.retryUnanswered(Duration.ofMinutes(1));
            Map<Integer, Stored> stored = Stored.await(settings.postgresPort(), stream, Duration.ofMinutes(5));
            long[] latencies = stored.entrySet().stream()
                    .mapToLong(e -> e.getValue().registeredAt() - stream.sent.get(e.getKey()))
                    .sorted().toArray();
            long firstSent = stream.sent.values().stream().mapToLong(Long::longValue).min().orElseThrow();
            long lastRegistered = stored.values().stream().mapToLong(Stored::registeredAt).max().orElseThrow();
            return String.format("%-58s accepted %4.0f req/s (%d in %.1f s, %d clients), registered %4.0f/s;"
                    + " POST→registered p50 %d ms, p99 %d ms; stored %d", label, stream.accepted.size() / seconds,
                    stream.accepted.size(), seconds, CLIENTS, stored.size() * 1000.0 / (lastRegistered - firstSent),
                    latencies[latencies.length / 2], latencies[(int) (latencies.length * 0.99)], stored.size());
        } finally {
            TempDirs.delete(dataDir);
        }
    }

    /**
     * A first stream that brings the JVMs' compilers up to speed, so that both settings are measured warm,
     * and is registered to the last before the measured stream starts.
     */
    private static void warmUp(LocalStack stack, String token, int postgresPort) throws Exception {
        SubmissionStream warmUp = new SubmissionStream(stack.url("ingest-service"), token, "warm-up", 2_000);
        warmUp.start(CLIENTS);
        warmUp.awaitSent(Duration.ofMinutes(5));
        warmUp.retryUnanswered(Duration.ofMinutes(1));
        Stored.await(postgresPort, warmUp, Duration.ofMinutes(5));
    }
}
