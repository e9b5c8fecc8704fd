package asean.review.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import asean.review.infra.Processes;
import asean.review.stack.web.SignedInSession;

/**
 * How fast the office's dashboard follows the year while 50 coordinators watch it (each signed in through Keycloak,
 * its page asking for {@code /years/2025/status} every 5 s, as htmx does) and 200 submissions a minute arrive from
 * the ministries' officers. The time of each request as the client on this machine sees it (on 127.0.0.1, the
 * server's time plus the loopback). Prints p50, p95 and the slowest; the target is p95 ≤ 150 ms.
 * {@code ./mvnw -B install -DskipTests && ./mvnw -pl deploy/local-stack verify -Pbenchmark -Dtest=OfficeDashboardBenchmark}
 */
class OfficeDashboardBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WATCHERS = 50;
    private static final Duration POLL = Duration.ofSeconds(5);
    private static final Duration RUN = Duration.ofSeconds(Long.getLong("run.seconds", 120));
    private static final int SUBMISSIONS_PER_MINUTE = 200;
    private static final int YEAR = 2025;

    @Test
    void fiftyCoordinatorsWatchTheDashboardWhile200SubmissionsAMinuteArrive() throws Exception {
        try (StackClient stack = StackClient.start("dashboard-benchmark")) {
            stack.loadExamples();
            // Each ministry that reported in 2024 submits (and amends) on its 2024 area in 2025.
            Map<String, JsonNode> areaOf = new LinkedHashMap<>();
            JSON.readTree(stack.office("GET", "registry-service", "/api/v1/contributions?year=2024", null).body())
                    .forEach(c -> areaOf.putIfAbsent(c.at("/contribution/ministry").asText(), c.get("contribution")));
            openCycle(stack, new ArrayList<>(areaOf.keySet()));
            String office = stack.url("report-service");
            List<SignedInSession> watchers = new ArrayList<>();
            for (int i = 0; i < WATCHERS; i++) {
                watchers.add(SignedInSession.signIn(office, "coordinator@office", "local-office"));
            }
            Map<String, String> tokens = new LinkedHashMap<>();
            areaOf.keySet().forEach(ministry -> tokens.put(ministry, stack.token("submitter", ministry)));

            long until = System.nanoTime() + RUN.toNanos();
            List<Long> times = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger accepted = new AtomicInteger();
            ExecutorService threads = Executors.newFixedThreadPool(WATCHERS + 1);
            List<Future<?>> running = new ArrayList<>();
            for (SignedInSession watcher : watchers) {
                running.add(threads.submit(() -> {
                    Processes.sleep(Duration.ofMillis((long) (Math.random() * POLL.toMillis())));
                    while (System.nanoTime() < until) {
                        long started = System.nanoTime();
                        HttpResponse<String> status = watcher.get("/years/" + YEAR + "/status");
                        times.add(System.nanoTime() - started);
                        assertThat(status.statusCode()).isEqualTo(200);
                        Processes.sleep(POLL);
                    }
                }));
            }
            running.add(threads.submit(() -> {
                List<String> ministries = new ArrayList<>(tokens.keySet());
                long every = 60_000_000_000L / SUBMISSIONS_PER_MINUTE;
                long first = System.nanoTime();
                for (int n = 0; System.nanoTime() < until; n++) {
                    Processes.sleep(Duration.ofNanos(Math.max(0, first + n * every - System.nanoTime())));
                    String ministry = ministries.get(n % ministries.size());
                    HttpResponse<String> answer = stack.call(tokens.get(ministry), "POST", "ingest-service",
                            "/api/v1/contributions", contribution(ministry, areaOf.get(ministry), n));
                    if (answer.statusCode() == 202) {
                        accepted.incrementAndGet();
                    }
                }
            }));
            for (Future<?> thread : running) {
                thread.get();
            }
            threads.shutdown();
            List<Long> sorted = new ArrayList<>(times);
            Collections.sort(sorted);
            System.out.printf("%d coordinators watching the %d dashboard (every %d s) for %d s, %d submissions"
                    + " accepted meanwhile (%d a minute asked):%n", WATCHERS, YEAR, POLL.toSeconds(), RUN.toSeconds(),
                    accepted.get(), SUBMISSIONS_PER_MINUTE);
            System.out.printf("  dashboard status  %5d requests  p50 %4d ms  p95 %4d ms  max %4d ms  (target p95 ≤ 150"
                    + " ms)%n", sorted.size(), percentile(sorted, 50), percentile(sorted, 95),
                    sorted.get(sorted.size() - 1) / 1_000_000);
        }
    }

    private static void openCycle(StackClient stack, List<String> ministries) throws Exception {
        String cycle = JSON.createObjectNode()
                .put("deadline", LocalDate.now().plusDays(30).toString())
                .set("expectedMinistries", JSON.valueToTree(ministries)).toString();
        HttpResponse<String> opened = stack.office("PUT", "registry-service", "/api/v1/cycles/" + YEAR, cycle);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
    }

    private static String contribution(String ministry, JsonNode lastYear, int n) {
        return JSON.createObjectNode().put("year", YEAR).put("ministry", ministry)
                .put("pillar", lastYear.get("pillar").asText()).put("area", lastYear.get("area").asText())
                .put("areaName", lastYear.path("areaName").asText(null))
                .put("summary", "Benchmark submission " + n + " of " + ministry + ".").put("language", "en")
                .toString();
    }

    private static long percentile(List<Long> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100)) / 1_000_000;
    }
}
