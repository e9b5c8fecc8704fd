package asean.review.stack.durability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import asean.review.infra.Processes;

/**
 * Concurrent clients submitting numbered contributions of one ministry to ingest, each with an
 * Idempotency-Key of its own, as a ministry's system would: a request that gets no answer, or a 503,
 * is retried later with the same key and body. Remembers when each request was answered 202, and by which
 * instance. Given several instances of ingest, the requests are spread across them, and a request that got
 * no answer from one is retried at once on the next, as a load balancer would.
 */
final class SubmissionStream {

    /** Three areas whose keys ({@code 2024:MOFA:<area>}) land on the topic's three partitions, one each. */
    private static final String[][] AREAS = {{"APSC", "SOM"}, {"EXTERNAL", "PARTNER:NZ"}, {"EXTERNAL", "PARTNER:EU"}};
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    private final List<String> ingestUrls;
    private final String token;
    private final String label;
    private volatile int requests;
    private final AtomicInteger next = new AtomicInteger();
    private final Map<Integer, Integer> attempts = new ConcurrentHashMap<>();
    /** Request number → when it was first sent, and when it was answered 202 (epoch ms). */
    final Map<Integer, Long> sent = new ConcurrentHashMap<>();
    final Map<Integer, Long> accepted = new ConcurrentHashMap<>();
    /** Request number → the ingest instance that answered it 202. */
    final Map<Integer, String> acceptedBy = new ConcurrentHashMap<>();
    final Set<Integer> unanswered = ConcurrentHashMap.newKeySet();
    final Map<Integer, String> refused = new ConcurrentHashMap<>();
    final AtomicInteger retries = new AtomicInteger();
    private ExecutorService clients;

    SubmissionStream(String ingestUrl, String token, String label, int requests) {
        this(List.of(ingestUrl), token, label, requests);
    }

    /** At most {@code requests} requests, spread across the instances of ingest at {@code ingestUrls}. */
    SubmissionStream(List<String> ingestUrls, String token, String label, int requests) {
        this.ingestUrls = List.copyOf(ingestUrls);
        this.token = token;
        this.label = label;
        this.requests = requests;
    }

    /** The summary that marks request {@code n} of this stream, to find it in the registry. */
    String summary(int n) {
        return label + " request " + n;
    }

    /** The Kafka key of request {@code n}'s contribution. */
    static String key(int n) {
        return "2024:MOFA:" + AREAS[n % AREAS.length][1];
    }

    String summaryPrefix() {
        return label + " request ";
    }

    void start(int concurrency) {
        clients = Executors.newFixedThreadPool(concurrency);
        for (int i = 0; i < concurrency; i++) {
            clients.submit(() -> {
                for (int n; (n = next.getAndIncrement()) < requests;) {
                    send(n);
                    for (int instance = 1; instance < ingestUrls.size() && unanswered.contains(n); instance++) {
                        retries.incrementAndGet();
                        send(n);
                    }
                }
            });
        }
    }

    /** Sends no new request: the stream ends with those sent (and their retries). */
    void stopSending() {
        requests = Math.min(requests, next.get());
    }

    int acceptedSoFar() {
        return accepted.size();
    }

    /** How many requests were answered 202 in the {@code window} before {@code instant} (epoch ms). */
    long acceptedWithin(Duration window, long instant) {
        return accepted.values().stream().filter(t -> t <= instant && t > instant - window.toMillis()).count();
    }

    void awaitSent(Duration timeout) throws InterruptedException {
        clients.shutdown();
        if (!clients.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the stream did not finish within " + timeout);
        }
    }

    /** Retries every unanswered request with its key until it is answered 202, or {@code timeout} passes. */
    void retryUnanswered(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!unanswered.isEmpty() && System.nanoTime() < deadline) {
            for (Integer n : List.copyOf(unanswered)) {
                retries.incrementAndGet();
                send(n);
            }
            if (!unanswered.isEmpty()) {
                Processes.sleep(Duration.ofSeconds(1));
            }
        }
    }

    private void send(int n) {
        String body = """
                {"year": 2024, "ministry": "MOFA", "pillar": "%s", "area": "%s", "summary": "%s"}"""
                .formatted(AREAS[n % AREAS.length][0], AREAS[n % AREAS.length][1], summary(n));
        // The first attempt on instance n, each retry on the next one.
        int attempt = attempts.merge(n, 1, Integer::sum) - 1;
        String ingestUrl = ingestUrls.get((n + attempt) % ingestUrls.size());
        HttpRequest request = HttpRequest.newBuilder(URI.create(ingestUrl + "/api/v1/contributions"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", label.replace(' ', '-') + "-" + n)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        sent.putIfAbsent(n, System.currentTimeMillis());
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 202) {
                accepted.put(n, System.currentTimeMillis());
                acceptedBy.put(n, ingestUrl);
                unanswered.remove(n);
            } else if (response.statusCode() == 503) {
                unanswered.add(n);
            } else {
                refused.put(n, response.statusCode() + " " + response.body());
                unanswered.remove(n);
            }
        } catch (IOException e) {
            unanswered.add(n);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            unanswered.add(n);
        }
    }
}
