package asean.review.stack.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import asean.review.contract.Topics;
import asean.review.infra.Processes;
import asean.review.infra.TempDirs;
import asean.review.infra.keycloak.RealmFile;
import asean.review.stack.LocalStack;
import asean.review.stack.Replicas;
import asean.review.stack.StackSettings;
import asean.review.stack.TokenMain;

/**
 * Two instances of ingest and of the registry ({@code deploy/run.sh --replicas 2}) take a stream of submissions
 * spread across both ingests while the second of each is killed with SIGKILL and kept down for 15 s: Kafka hands
 * the killed registry's partitions to the survivor (after the 10 s session timeout of its static membership), which
 * registers every area meanwhile, and the first ingest answers what the second left unanswered (retried there with
 * the same Idempotency-Key). Brought back, the second instances take their share again. Every accepted request is
 * stored exactly once: none lost, none twice.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicaFailoverTest {

    private static final int CLIENTS = 8;
    private static final int PARTITIONS = 3;
    private static final int AT_MOST = 200_000;
    private static final Duration KEPT_DOWN = Duration.ofSeconds(15);
    private static final Duration AWAIT = Duration.ofSeconds(90);
    private static final String GROUP = "registry-service";
    private static final String INGEST = "ingest-service";
    private static final String REGISTRY = "registry-service";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static Path dataDir;
    private static StackSettings settings;
    private static LocalStack stack;

    @BeforeAll
    static void startStack() {
        dataDir = TempDirs.create("replicas");
        settings = StackSettings.defaults(LauncherProcess.REPOSITORY, dataDir)
                .withReplicas(new Replicas(2, StackSettings.INGEST_2_PORT, StackSettings.REGISTRY_2_PORT))
                .onFreePorts();
        stack = LocalStack.start(settings);
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
        TempDirs.delete(dataDir);
    }

    @Test
    @Order(2)
    void theSecondInstancesKilledAndKeptDownLoseNothingAndHandTheirPartitionsToTheSurvivor() throws Exception {
        String token = TokenMain.token(stack.keycloakUrl(),
                RealmFile.read(settings.realmFile()).user("submitter", "MOFA").orElseThrow());
        String ingest1 = stack.url(INGEST, 1);
        String ingest2 = stack.url(INGEST, 2);
        assertThat(IntStream.range(0, PARTITIONS).map(ReplicaFailoverTest::partition).boxed())
                .as("the stream's keys cover every partition").containsExactlyInAnyOrder(0, 1, 2);
        Map<String, List<Integer>> atStart = await("both registries consume", this::partitionsByInstance,
                ReplicaFailoverTest::sharedByBoth);

        SubmissionStream stream = new SubmissionStream(List.of(ingest1, ingest2), token,
                UUID.randomUUID().toString().substring(0, 8) + " replicas", AT_MOST);
        stream.start(CLIENTS);
        try {
            survive(stream, ingest1, ingest2, atStart);
        } finally {
            stream.stopSending();
        }
    }

    private void survive(SubmissionStream stream, String ingest1, String ingest2, Map<String, List<Integer>> atStart)
            throws Exception {
        await("a thousand requests accepted", stream::acceptedSoFar, accepted -> accepted >= 1000);
        long acceptedBeforeKill = stream.acceptedSoFar();
        long killedAt = System.currentTimeMillis();
        stack.killAndKeepDown(Replicas.instance(INGEST, 2));
        stack.killAndKeepDown(Replicas.instance(REGISTRY, 2));

        Map<String, List<Integer>> whileDown = await("every partition with registry-1", this::partitionsByInstance,
                partitions -> partitions.equals(Map.of("registry-1", List.of(0, 1, 2))));
        long movedAt = System.currentTimeMillis();
        await("every partition's records registered by the survivor", () -> registeredPerPartition(stream, movedAt),
                perPartition -> perPartition.size() == PARTITIONS);
        Processes.sleep(Duration.ofMillis(Math.max(0, killedAt + KEPT_DOWN.toMillis() - System.currentTimeMillis())));
        Map<Integer, Long> registeredWhileDown = registeredPerPartition(stream, movedAt);
        long acceptedWhileDown = stream.acceptedSoFar() - acceptedBeforeKill;
        long releasedAt = System.currentTimeMillis();
        stack.bringBack(Replicas.instance(REGISTRY, 2), Replicas.instance(INGEST, 2));

        Map<String, List<Integer>> afterwards = await("the partitions shared again", this::partitionsByInstance,
                ReplicaFailoverTest::sharedByBoth);
        await("ingest-2 answering again", () -> acceptedBy(stream, ingest2, releasedAt), accepted -> accepted >= 200);
        stream.stopSending();
        stream.awaitSent(Duration.ofMinutes(2));
        stream.retryUnanswered(Duration.ofMinutes(2));
        assertThat(stream.unanswered).as("requests still unanswered after 2 minutes of retries").isEmpty();
        assertThat(stream.refused).as("requests refused for another reason than an outage").isEmpty();

        Map<Integer, Stored> stored = Stored.await(settings.postgresPort(), stream, Duration.ofMinutes(2));
        long lost = stream.accepted.keySet().stream().filter(n -> !stored.containsKey(n)).count();
        long duplicated = stored.values().stream().filter(s -> s.copies() > 1).count();
        long unexpected = stored.keySet().stream().filter(n -> !stream.accepted.containsKey(n)).count();
        System.out.printf("two replicas, the second of each killed and kept down %.1f s: requests %d, accepted %d"
                + " (ingest-1 %d, ingest-2 %d; %d while down), retried on the other instance %d, stored %d, lost %d,"
                + " duplicated %d, not accepted but stored %d; partitions %s at the start, %s %.1f s after the kill,"
                + " %s once back; registered by the survivor per partition while the other was down %s%n",
                (releasedAt - killedAt) / 1000.0, stream.sent.size(), stream.accepted.size(),
                acceptedBy(stream, ingest1, 0), acceptedBy(stream, ingest2, 0), acceptedWhileDown,
                stream.retries.get(), stored.size(), lost, duplicated, unexpected, atStart, whileDown,
                (movedAt - killedAt) / 1000.0, afterwards, registeredWhileDown);

        assertThat(stream.accepted).as("every request sent accepted").hasSameSizeAs(stream.sent);
        assertThat(lost).as("accepted but not stored").isZero();
        assertThat(duplicated).as("stored more than once").isZero();
        assertThat(unexpected).as("stored without being accepted").isZero();
    }

    /**
     * The second ingest's pages sign officers in through Keycloak, which accepts its address to come back to (first:
     * the other test leaves the second instances down if it fails while they are).
     */
    @Test
    @Order(1)
    void theSecondIngestSignsOfficersInOnItsOwnPort() throws Exception {
        String ingest2 = stack.url(INGEST, 2);
        HttpResponse<String> home = HTTP.send(HttpRequest.newBuilder(URI.create(ingest2 + "/"))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).as("the home page sends to sign in").isEqualTo(302);
        String signIn = home.headers().firstValue("Location").orElseThrow();
        assertThat(signIn).startsWith(stack.keycloakUrl())
                .contains("redirect_uri=" + URLEncoder.encode(ingest2 + "/", StandardCharsets.UTF_8));
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(signIn)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("kc-login");
    }

    /** The partitions of the submitted topic each member of the registry's group holds, by instance id. */
    private Map<String, List<Integer>> partitionsByInstance() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                stack.kafkaBootstrapServers()))) {
            ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(GROUP)).describedGroups().get(GROUP)
                    .get(10, TimeUnit.SECONDS);
            return group.members().stream().collect(Collectors.toMap(
                    member -> member.groupInstanceId().orElse(member.consumerId()), ReplicaFailoverTest::partitions,
                    (a, b) -> a, TreeMap::new));
        } catch (Exception e) {
            throw new IllegalStateException("cannot describe the group " + GROUP, e);
        }
    }

    private static List<Integer> partitions(MemberDescription member) {
        return member.assignment().topicPartitions().stream().filter(p -> p.topic().equals(Topics.SUBMITTED))
                .map(p -> p.partition()).sorted().toList();
    }

    private static boolean sharedByBoth(Map<String, List<Integer>> partitions) {
        return partitions.keySet().equals(Set.of("registry-1", "registry-2"))
                && partitions.values().stream().noneMatch(List::isEmpty)
                && partitions.values().stream().mapToInt(List::size).sum() == PARTITIONS;
    }

    /** How many requests whose records are on each partition were first registered after {@code since}. */
    private static Map<Integer, Long> registeredPerPartition(SubmissionStream stream, long since) {
        try {
            return Stored.of(settings.postgresPort(), stream).entrySet().stream()
                    .filter(entry -> entry.getValue().registeredAt() > since)
                    .collect(Collectors.groupingBy(entry -> partition(entry.getKey()), TreeMap::new,
                            Collectors.counting()));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The partition of request {@code n}'s record, as ingest's producer chooses it (by its key). */
    private static int partition(int n) {
        return BuiltInPartitioner.partitionForKey(SubmissionStream.key(n).getBytes(StandardCharsets.UTF_8), PARTITIONS);
    }

    private static long acceptedBy(SubmissionStream stream, String instance, long since) {
        return stream.acceptedBy.entrySet().stream()
                .filter(entry -> entry.getValue().equals(instance) && stream.accepted.get(entry.getKey()) > since)
                .count();
    }

    /** Reads {@code what} until {@code done} holds (failing after 90 s with the last reading); returns it. */
    private static <T> T await(String what, Supplier<T> read, Predicate<T> done) {
        long deadline = System.nanoTime() + AWAIT.toNanos();
        T last = read.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": not within " + AWAIT.toSeconds() + " s; last seen " + last);
            }
            Processes.sleep(Duration.ofMillis(250));
            last = read.get();
        }
        return last;
    }
}
