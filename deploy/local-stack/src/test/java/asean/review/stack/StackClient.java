package asean.review.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import asean.review.infra.TempDirs;
import asean.review.infra.keycloak.RealmFile;

/** A local stack on free ports in a temporary directory, and HTTP calls to it as the office or a ministry. */
final class StackClient implements AutoCloseable {

    static final Path REPOSITORY = Path.of("../..").toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Well inside the realm's access token lifespan (300 s). */
    private static final Duration TOKEN_REUSE = Duration.ofMinutes(2);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final Path dataDir;
    private final StackSettings settings;
    private final Map<String, String> serviceConfig;
    private final Map<String, IssuedToken> tokens = new HashMap<>();
    private LocalStack stack;

    private StackClient(Path dataDir, StackSettings settings, Map<String, String> serviceConfig, LocalStack stack) {
        this.dataDir = dataDir;
        this.settings = settings;
        this.serviceConfig = serviceConfig;
        this.stack = stack;
    }

    static StackClient start(String name) {
        return startOn(TempDirs.create(name));
    }

    /** A stack on free ports with its data in {@code dataDir} (which close() deletes), as it finds them. */
    static StackClient startOn(Path dataDir) {
        return startOn(dataDir, Map.of());
    }

    /** As {@link #startOn(Path)}, with {@code serviceConfig} added to every service's configuration. */
    static StackClient startOn(Path dataDir, Map<String, String> serviceConfig) {
        StackSettings settings = StackSettings.defaults(REPOSITORY, dataDir).onFreePorts();
        return new StackClient(dataDir, settings, serviceConfig, LocalStack.start(settings, serviceConfig));
    }

    void restart() {
        stop();
        start();
    }

    /** Stops the stack and keeps its data. */
    void stop() {
        stack.close();
        stack = null;
        forgetTokens();
    }

    /** Starts the stopped stack again, on the same data and ports. */
    void start() {
        stack = LocalStack.start(settings, serviceConfig);
    }

    Path dataDir() {
        return dataDir;
    }

    int postgresPort() {
        return settings.postgresPort();
    }

    /**
     * A token of the realm file's example user, from the stack's Keycloak, as {@code deploy/token.sh} prints it; kept
     * and reused for {@link #TOKEN_REUSE}, as a real client would. Signing in again for every call is not only slow:
     * Keycloak's brute-force protection counts a sign-in as still in progress until its bookkeeping off the request
     * thread ends, and refuses the same user's next one until then ("Invalid user credentials").
     */
    synchronized String token(String role, String ministry) {
        String user = role + " " + ministry;
        IssuedToken kept = tokens.get(user);
        if (kept == null || kept.issued().plus(TOKEN_REUSE).isBefore(Instant.now())) {
            kept = new IssuedToken(TokenMain.token(stack.keycloakUrl(),
                    RealmFile.read(settings.realmFile()).user(role, ministry).orElseThrow()), Instant.now());
            tokens.put(user, kept);
        }
        return kept.token();
    }

    private synchronized void forgetTokens() {
        tokens.clear();
    }

    private record IssuedToken(String token, Instant issued) {
    }

    /** Puts a record on {@code topic} as another producer than ingest could: one the registry cannot read, say. */
    void produce(String topic, String key, String value) {
        Map<String, Object> settings = Map.of("bootstrap.servers", stack.kafkaBootstrapServers(), "acks", "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(settings, new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not take the record", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> office(String method, String service, String path, String body) {
        return call(token("coordinator", null), method, service, path, body);
    }

    HttpResponse<String> ministry(String ministry, String method, String service, String path, String body) {
        return call(token("submitter", ministry), method, service, path, body);
    }

    HttpResponse<String> call(String token, String method, String service, String path, String body) {
        return call(token, method, service, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> call(String token, String method, String service, String path, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.url(service) + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String url(String service) {
        return stack.url(service);
    }

    long pid(String child) {
        return stack.pid(child);
    }

    Path mailDir() {
        return stack.mail().dir();
    }

    void delayMailAnswers(Duration delay) {
        stack.mail().delayAnswers(delay);
    }

    String kafkaBootstrapServers() {
        return stack.kafkaBootstrapServers();
    }

    String keycloakUrl() {
        return stack.keycloakUrl();
    }

    /** Reads a submission's status as the office until {@code done} holds (at most 60 s), and returns it. */
    JsonNode awaitStatus(String statusPath, Predicate<JsonNode> done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode status = null;
        try {
            while (System.nanoTime() < deadline) {
                status = JSON.readTree(office("GET", "registry-service", statusPath, null).body());
                if (done.test(status)) {
                    return status;
                }
                Thread.sleep(200);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        throw new AssertionError(statusPath + " not as awaited within 60 s: " + status);
    }

    /** The brief of 2024 as the office pulls it; {@code query} chooses format and language. */
    String brief(String query) {
        HttpResponse<String> response = office("GET", "report-service", "/api/v1/briefs/2024" + query, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    /** Runs {@code deploy/load-examples.sh} against this stack, with its tokens. */
    void loadExamples(String... arguments) {
        List<String> command = new ArrayList<>(List.of("bash", REPOSITORY.resolve("deploy/load-examples.sh").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder script = new ProcessBuilder(command).redirectErrorStream(true);
        script.environment().put("INGEST_URL", stack.url("ingest-service"));
        script.environment().put("REGISTRY_URL", stack.url("registry-service"));
        script.environment().put("REPORT_URL", stack.url("report-service"));
        script.environment().put("TOKEN_CMD", ProcessHandle.current().info().command().orElse("java") + " -cp "
                + System.getProperty("java.class.path") + " " + TokenMain.class.getName() + " --repository " + REPOSITORY
                + " --keycloak " + stack.keycloakUrl());
        try {
            Process load = script.start();
            String output = new String(load.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(load.waitFor()).as(output).isZero();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (stack != null) {
            stack.close();
        }
        TempDirs.delete(dataDir);
    }
}
