package asean.review.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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

import asean.review.stack.web.SignedInSession;

/**
 * How fast the ministries' pages answer 50 signed-in officers at once: each signs in through Keycloak (a session
 * cookie of its own), then reads each page in turn, 20 rounds; the time of each request as the client on this machine
 * sees it (on 127.0.0.1, the server's time plus the loopback). Prints p50 and p95 per page.
 * {@code ./mvnw -B install -DskipTests && ./mvnw -pl deploy/local-stack verify -Pbenchmark -Dtest=PagesBenchmark}
 */
class PagesBenchmark {

    private static final int USERS = 50;
    private static final int ROUNDS = 20;
    private static final List<String> MINISTRIES = List.of("MOFA", "MND", "MPS", "MOJ", "MOIT", "MOF", "SBV",
            "MOLISA", "MIC", "MOET");

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

            List<SignedInSession> sessions = new ArrayList<>();
            List<String[]> contributions = new ArrayList<>();
            for (int i = 0; i < USERS; i++) {
                String ministry = MINISTRIES.get(i % MINISTRIES.size());
                sessions.add(SignedInSession.signIn(pages, "officer@" + ministry.toLowerCase(),
                        "local-" + ministry.toLowerCase()));
                contributions.add(new String[] {ministry, firstArea(stack, ministry)});
            }
            ExecutorService users = Executors.newFixedThreadPool(USERS);
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < USERS; i++) {
                SignedInSession session = sessions.get(i);
                String[] own = contributions.get(i);
                running.add(users.submit(() -> {
                    for (int round = 0; round < ROUNDS; round++) {
                        paths.forEach((page, path) -> {
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
            System.out.printf("%d signed-in officers at once, %d rounds each:%n", USERS, ROUNDS);
            times.forEach((page, list) -> {
                List<Long> sorted = new ArrayList<>(list);
                Collections.sort(sorted);
                System.out.printf("  %-22s %5d requests  p50 %4d ms  p95 %4d ms%n", page, sorted.size(),
                        percentile(sorted, 50), percentile(sorted, 95));
            });
        }
    }

    private static String firstArea(StackClient stack, String ministry) {
        String body = stack.ministry(ministry, "GET", "registry-service",
                "/api/v1/contributions?year=2024&ministry=" + ministry, null).body();
        return body.replaceAll("(?s).*?\"area\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    private static long percentile(List<Long> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100)) / 1_000_000;
    }
}
