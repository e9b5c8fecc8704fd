package asean.review.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import asean.review.infra.Processes;
import asean.review.stack.web.SignedInSession;

/**
 * How fast the ministries' pages answer 50 signed-in officers at once: each signs in through Keycloak (a session
 * cookie of its own), then reads each page in turn, 20 rounds, pausing between pages as a person reading does
 * ({@code -Dthink.ms}, 1,000 by default, 0 for a saturation test); the time of each request as the client on this
 * machine sees it (on 127.0.0.1, the server's time plus the loopback). Prints p50 and p95 per page.
 * {@code ./mvnw -B install -DskipTests && ./mvnw -pl deploy/local-stack verify -Pbenchmark -Dtest=PagesBenchmark}
 */
class PagesBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int USERS = 50;
    private static final int ROUNDS = 20;
    private static final long THINK_MS = Long.getLong("think.ms", 1_000);

    @Test
    void fiftySignedInOfficersReadThePages() throws Exception {
        try (StackClient stack = StackClient.start("pages-benchmark")) {
            stack.loadExamples();
            String pages = stack.url("ingest-service");
            Map<String, String> paths = new LinkedHashMap<>();
            paths.put("home", "/");
            paths.put("new contribution form", "/contributions/new?year=2025");
            paths.put("amend form", "/contributions/2024/%s/%s/amend");
            paths.put("version history", "/contributions/2024/%s/%s/history");
            Map<String, List<Long>> times = new ConcurrentHashMap<>();
            paths.keySet().forEach(page -> times.put(page, Collections.synchronizedList(new ArrayList<>())));

            // Each officer of a ministry that reported in 2024 reads one of its contributions.
            Map<String, String> areaOf = new LinkedHashMap<>();
            JSON.readTree(stack.office("GET", "registry-service", "/api/v1/contributions?year=2024", null).body())
                    .forEach(c -> areaOf.putIfAbsent(c.at("/contribution/ministry").asText(),
                            c.at("/contribution/area").asText()));
            List<String> ministries = new ArrayList<>(areaOf.keySet());
            List<SignedInSession> sessions = new ArrayList<>();
            List<String[]> contributions = new ArrayList<>();
            for (int i = 0; i < USERS; i++) {
                String ministry = ministries.get(i % ministries.size());
                sessions.add(SignedInSession.signIn(pages, "officer@" + ministry.toLowerCase(),
                        "local-" + ministry.toLowerCase()));
                contributions.add(new String[] {ministry, areaOf.get(ministry)});
            }
            ExecutorService users = Executors.newFixedThreadPool(USERS);
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < USERS; i++) {
                SignedInSession session = sessions.get(i);
                String[] own = contributions.get(i);
                running.add(users.submit(() -> {
                    for (int round = 0; round < ROUNDS; round++) {
                        paths.forEach((page, path) -> {
                            Processes.sleep(Duration.ofMillis(THINK_MS / 2 + (long) (Math.random() * THINK_MS)));
                            long started = System.nanoTime();
                            HttpResponse<String> answer = session.get(String.format(path, own[0], own[1]));
                            times.get(page).add(System.nanoTime() - started);
                            assertThat(answer.statusCode()).as(page).isEqualTo(200);
                        });
                    }
                }));
            }
            for (Future<?> user : running) {
                user.get();
            }
            users.shutdown();
            System.out.printf("%d signed-in officers at once, %d rounds each, %d ms between pages on average:%n",
                    USERS, ROUNDS, THINK_MS);
            times.forEach((page, list) -> {
                List<Long> sorted = new ArrayList<>(list);
                Collections.sort(sorted);
                System.out.printf("  %-22s %5d requests  p50 %4d ms  p95 %4d ms%n", page, sorted.size(),
                        percentile(sorted, 50), percentile(sorted, 95));
            });
        }
    }

    private static long percentile(List<Long> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100)) / 1_000_000;
    }
}
