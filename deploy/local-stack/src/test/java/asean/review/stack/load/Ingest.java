package asean.review.stack.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import asean.review.contract.ReferenceData;

/**
 * Ministries' systems calling ingest: valid contributions (the shape of an example of {@code deploy/examples}) for
 * the ministries of one year, each with its own officer's token, spread over every area so that many contributions
 * get versions; each POST with an Idempotency-Key of its own. And the authenticated GET that is their ceiling.
 */
public final class Ingest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Duration TOKEN_AGE = Duration.ofMinutes(2);

    private final String url;
    private final int year;
    private final List<String> ministries;
    private final List<ReferenceData.Area> areas;
    private final ObjectNode example;
    private final String getPath;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private Function<String, String> tokenOf;
    private volatile Map<String, String> tokens;
    private long tokensTakenAt;

    /** {@code example}: the contribution whose shape each one takes; {@code getPath}: the ceiling's GET. */
    public Ingest(String url, int year, ReferenceData reference, Path example, String getPath) throws IOException {
        this.url = url;
        this.year = year;
        this.ministries = reference.ministriesIn(year).stream().map(ReferenceData.Ministry::code).toList();
        this.areas = reference.areas().stream().filter(a -> !ReferenceData.OTHER_AREA.equals(a.code())).toList();
        this.example = (ObjectNode) JSON.readTree(Files.readString(example));
        this.getPath = getPath;
    }

    public List<String> ministries() {
        return ministries;
    }

    /** Signs each ministry's officer in: {@code tokenOf} answers a ministry's officer's token. */
    public void signIn(Function<String, String> tokenOf) {
        this.tokenOf = tokenOf;
        takeTokens();
    }

    /** Takes the tokens anew when they are older than {@link #TOKEN_AGE} (Keycloak's last five minutes). */
    public void freshTokens() {
        if (System.nanoTime() - tokensTakenAt > TOKEN_AGE.toNanos()) {
            takeTokens();
        }
    }

    private void takeTokens() {
        tokens = ministries.stream().collect(Collectors.toMap(m -> m, tokenOf));
        tokensTakenAt = System.nanoTime();
    }

    /** Submission {@code n}: ministry n mod 17, area n/17 mod the areas, summary naming it. */
    public String contribution(int n) {
        String ministry = ministries.get(n % ministries.size());
        ReferenceData.Area area = areas.get(n / ministries.size() % areas.size());
        ObjectNode body = example.deepCopy().put("year", year).put("ministry", ministry).put("pillar", area.pillar())
                .put("area", area.code());
        body.put("summary", body.get("summary").asText() + " (load " + run + " " + n + ")");
        return body.toString();
    }

    public Call post(String label, int n) {
        return send(postRequest(label, n), 202);
    }

    public CompletableFuture<Call> postAsync(String label, int n) {
        return sendAsync(postRequest(label, n), 202);
    }

    public Call get(int n) {
        return send(getRequest(n), 200);
    }

    public CompletableFuture<Call> getAsync(int n) {
        return sendAsync(getRequest(n), 200);
    }

    private HttpRequest postRequest(String label, int n) {
        String ministry = ministries.get(n % ministries.size());
        return HttpRequest.newBuilder(URI.create(url + "/api/v1/contributions")).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + tokens.get(ministry))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", "load-" + run + "-" + label + "-" + n)
                .POST(HttpRequest.BodyPublishers.ofString(contribution(n), StandardCharsets.UTF_8)).build();
    }

    private HttpRequest getRequest(int n) {
        return HttpRequest.newBuilder(URI.create(url + getPath)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + tokens.get(ministries.get(n % ministries.size()))).GET().build();
    }

    private static Call send(HttpRequest request, int hoped) {
        long sentAt = System.currentTimeMillis();
        long started = System.nanoTime();
        try {
            HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return call(answer, sentAt, started, hoped);
        } catch (IOException e) {
            return new Call(sentAt, System.nanoTime() - started, false, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static CompletableFuture<Call> sendAsync(HttpRequest request, int hoped) {
        long sentAt = System.currentTimeMillis();
        long started = System.nanoTime();
        return HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(answer -> call(answer, sentAt, started, hoped))
                .exceptionally(e -> new Call(sentAt, System.nanoTime() - started, false, null));
    }

    private static Call call(HttpResponse<String> answer, long sentAt, long started, int hoped) {
        long took = System.nanoTime() - started;
        if (answer.statusCode() != hoped) {
            return new Call(sentAt, took, false, null);
        }
        return new Call(sentAt, took, true, hoped == 202 ? submissionId(answer.body()) : null);
    }

    private static UUID submissionId(String body) {
        try {
            JsonNode accepted = JSON.readTree(body);
            return UUID.fromString(accepted.get("submissionId").asText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
