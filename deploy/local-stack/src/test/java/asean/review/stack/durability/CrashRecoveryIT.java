package asean.review.stack.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import asean.review.infra.FreePorts;
import asean.review.infra.Processes;
import asean.review.infra.TempDirs;
import asean.review.infra.keycloak.RealmFile;
import asean.review.infra.postgres.PostgresServer;
import asean.review.stack.StackSettings;
import asean.review.stack.TokenMain;

/**
 * The promise of the system under SIGKILL: the stack as {@code deploy/run.sh} starts it takes a stream of
 * submissions while one of its parts is killed (PostgreSQL, the registry, ingest, the Kafka broker), and
 * the stack, not the test, brings the part back. Every submission answered 202 is stored exactly once;
 * every request that got no answer is retried with its Idempotency-Key and ends up stored exactly once;
 * nothing else is stored. Each phase prints its figures.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashRecoveryIT {

    private static final int REQUESTS = 5_000;
    private static final int CLIENTS = 8;
    private static final Duration PAUSE = Duration.ofSeconds(20);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    private static Path dataDir;
    private static LauncherProcess stack;
    private static String token;

    @BeforeAll
    static void startStack() {
        dataDir = TempDirs.create("crash-recovery");
        stack = LauncherProcess.start(dataDir, Duration.ofMinutes(3));
        token = TokenMain.token(stack.url(stack.keycloakPort), RealmFile.read(
                LauncherProcess.REPOSITORY.resolve(StackSettings.REALM_FILE)).user("submitter", "MOFA").orElseThrow());
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
        TempDirs.delete(dataDir);
    }

    @Test
    @Order(0)
    void postgresOfTheStackKeepsWhatItCommits() throws SQLException {
        try (Connection connection = PostgresServer.connect(stack.postgresPort, "registry");
                Statement statement = connection.createStatement()) {
            for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
                try (ResultSet shown = statement.executeQuery("SHOW " + setting)) {
                    shown.next();
                    assertThat(shown.getString(1)).as(setting).isEqualTo("on");
                }
            }
        }
    }

    @Test
    @Order(1)
    void postgresKilled() throws Exception {
        survives("PostgreSQL", LauncherProcess.postgres(), () -> PostgresServer.isReady(stack.postgresPort));
    }

    @Test
    @Order(2)
    void registryKilled() throws Exception {
        survives("registry-service", LauncherProcess.service("registry-service"), ready(stack.registryPort));
    }

    @Test
    @Order(3)
    void ingestKilled() throws Exception {
        survives("ingest-service", LauncherProcess.service("ingest-service"), ready(stack.ingestPort));
    }

    @Test
    @Order(4)
    void kafkaBrokerKilled() throws Exception {
        survives("Kafka", LauncherProcess.kafka(), () -> FreePorts.inUse(stack.kafkaPort));
    }

    /** The broker's process stopped for 20 s (SIGSTOP), then continued: nothing to restart, only to reconnect. */
    @Test
    @Order(5)
    void kafkaBrokerPaused() throws Exception {
        survives("Kafka", "paused for 20 s", LauncherProcess.kafka(), victim -> {
            Processes.signal(victim.pid(), "STOP");
            Processes.sleep(PAUSE);
            Processes.signal(victim.pid(), "CONT");
            return awaitReady(() -> FreePorts.inUse(stack.kafkaPort));
        });
    }

    @Test
    @Order(6)
    void launcherKilledHardLeavesNoOrphans() {
        List<ProcessHandle> children = stack.descendants();
        assertThat(children).hasSizeGreaterThanOrEqualTo(5);
        stack.killHard();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (children.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
            Processes.sleep(Duration.ofMillis(200));
        }
        assertThat(children.stream().filter(ProcessHandle::isAlive).map(p -> p.info().commandLine().orElse("?")))
                .as("children alive 60 s after the launcher was killed").isEmpty();
    }

    private void survives(String part, Predicate<String> commandLine, BooleanSupplier partReady) throws Exception {
        survives(part, "killed", commandLine, victim -> {
            Processes.signal(victim.pid(), "KILL");
            return awaitBack(victim, commandLine, partReady);
        });
    }

    /** What is done to a part of the stack; answers when the part was back (epoch ms). */
    private interface Disruption {
        long apply(ProcessHandle victim);
    }

    private void survives(String part, String what, Predicate<String> commandLine, Disruption disruption)
            throws Exception {
        String label = RUN + " " + part + " " + what;
        SubmissionStream stream = new SubmissionStream(stack.url(stack.ingestPort), token, label, REQUESTS);
        stream.start(CLIENTS);
        // Killed in full flow: a third of the stream accepted, and over a hundred 202s in the last second.
        while (stream.acceptedSoFar() < REQUESTS / 3
                || stream.acceptedWithin(Duration.ofSeconds(1), System.currentTimeMillis()) < 120
                        && stream.acceptedSoFar() < REQUESTS * 2 / 3) {
            Processes.sleep(Duration.ofMillis(10));
        }
        ProcessHandle victim = stack.child(commandLine).orElseThrow(() -> new AssertionError(part + " is not running"));
        long killedAt = System.currentTimeMillis();
        long backAt = disruption.apply(victim);
        long inTheSecondBefore = stream.acceptedWithin(Duration.ofSeconds(1), killedAt);
        stream.awaitSent(Duration.ofMinutes(5));
        stream.retryUnanswered(Duration.ofMinutes(2));
        assertThat(stream.unanswered).as("requests still unanswered after 2 minutes of retries").isEmpty();
        assertThat(stream.refused).as("requests refused for another reason than an outage").isEmpty();

        Map<Integer, Stored> stored = Stored.await(stack.postgresPort, stream, Duration.ofMinutes(3));
        long lost = stream.accepted.keySet().stream().filter(n -> !stored.containsKey(n)).count();
        long duplicated = stored.values().stream().filter(s -> s.copies() > 1).count();
        long unexpected = stored.keySet().stream().filter(n -> !stream.accepted.containsKey(n)).count();
        List<Long> registrations = stored.values().stream().map(Stored::registeredAt).sorted().toList();
        long resumedAt = registrations.stream().filter(t -> t >= backAt).findFirst().orElse(Long.MAX_VALUE);
        System.out.printf("%s %s: requests %d, accepted %d (%d in the second before it went down), retried %d,"
                + " stored %d, lost %d, duplicated %d, not accepted but stored %d; back %.1f s after it went down,"
                + " registration resumed %.1f s after it was back, longest pause in registration %.1f s%n",
                part, what, REQUESTS, stream.accepted.size(), inTheSecondBefore, stream.retries.get(), stored.size(),
                lost, duplicated, unexpected, (backAt - killedAt) / 1000.0, (resumedAt - backAt) / 1000.0,
                longestPause(registrations, killedAt) / 1000.0);

        assertThat(inTheSecondBefore).as("202s in the second before the kill").isGreaterThanOrEqualTo(100);
        assertThat(stream.accepted).hasSize(REQUESTS);
        assertThat(lost).as("accepted but not stored").isZero();
        assertThat(duplicated).as("stored more than once").isZero();
        assertThat(unexpected).as("stored without being accepted").isZero();
    }

    /** The longest time without a registration, from the kill to the last registration. */
    private static long longestPause(List<Long> registrations, long killedAt) {
        long longest = 0;
        long previous = killedAt;
        for (long at : registrations) {
            if (at > killedAt) {
                longest = Math.max(longest, at - previous);
                previous = at;
            }
        }
        return longest;
    }

    /** Waits until the stack has started the part again (another process) and it is ready; returns when. */
    private static long awaitBack(ProcessHandle victim, Predicate<String> commandLine, BooleanSupplier partReady) {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            boolean restarted = stack.child(commandLine).filter(p -> p.pid() != victim.pid()).isPresent();
            if (restarted && partReady.getAsBoolean()) {
                return System.currentTimeMillis();
            }
            Processes.sleep(Duration.ofMillis(100));
        }
        throw new AssertionError("the stack did not bring the part back within 3 minutes: " + stack.output());
    }

    private static long awaitReady(BooleanSupplier partReady) {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!partReady.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the part was not ready within 3 minutes: " + stack.output());
            }
            Processes.sleep(Duration.ofMillis(100));
        }
        return System.currentTimeMillis();
    }

    private static BooleanSupplier ready(int port) {
        return () -> {
            try {
                HttpRequest request = HttpRequest.newBuilder(URI.create(stack.url(port) + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build();
                return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (Exception e) {
                return false;
            }
        };
    }
}
