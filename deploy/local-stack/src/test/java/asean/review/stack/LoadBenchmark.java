package asean.review.stack;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import asean.review.contract.ReferenceDataLoader;
import asean.review.stack.load.BusinessMetrics;
import asean.review.stack.load.CpuShares;
import asean.review.stack.load.Figures;
import asean.review.stack.load.Ingest;
import asean.review.stack.load.JdbcCeiling;
import asean.review.stack.load.KafkaCeiling;
import asean.review.stack.load.Load;
import asean.review.stack.load.Percentiles;
import asean.review.stack.load.RegistryDatabase;
import asean.review.stack.load.RegistryDrain;
import asean.review.stack.load.SubmittedEvents;

/**
 * The system under load beside its ceilings, measured in one run on one stack (free ports, PostgreSQL's durable
 * settings). Ceilings: an authenticated GET on ingest, a bare Kafka producer at acks=all, batched JDBC inserts into the
 * registry's PostgreSQL. The system: accepted POST req/s and POST→registered at several concurrencies and at a paced
 * rate, and the registry's drain of a backlog. Prints a table of figures, ceilings, ratios and targets, the cores
 * each process took in each phase, and the services' business metrics before and after. A benchmark prints; it
 * asserts nothing.
 * {@code ./mvnw -B install -DskipTests && ./mvnw -pl deploy/local-stack verify -Pbenchmark -Dtest=LoadBenchmark}
 * (or {@code deploy/load-benchmark.sh}); the system properties below shorten it.
 */
class LoadBenchmark {

    private static final int YEAR = 2026;
    private static final List<String> SERVICES = List.of("ingest-service", "registry-service", "report-service");
    private static final int[] CLIENTS = Arrays.stream(System.getProperty("load.clients", "4,16,64").split(","))
            .mapToInt(Integer::parseInt).toArray();
    private static final Duration PHASE = Duration.ofSeconds(Long.getLong("load.seconds", 10));
    /**
     * Before each ceiling and before the system: long enough for the JIT compilers to be done with the paths measured.
     * With 5 s they still took a third of ingest's CPU and more of the registry's through every phase (CpuShares prints
     * their share), and the benchmark measured code being compiled rather than the services a server runs for months.
     */
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("load.warm-up.seconds", 60));
    private static final int RATE = Integer.getInteger("load.rate", 1_000);
    private static final Duration PACED = Duration.ofSeconds(Long.getLong("load.paced.seconds", 20));
    /** At most this many requests of a paced load unanswered; those due beyond it are not sent (and counted). */
    private static final int IN_FLIGHT = Integer.getInteger("load.in-flight", 256);
    private static final int DRAIN = Integer.getInteger("load.drain.records", 100_000);
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(Long.getLong("load.drain.timeout.seconds", 300));
    /**
     * The cheapest authenticated GET ingest serves: the new-contribution form checks the token and asks no other
     * service, but renders the whole form (ingest has no GET that only checks the token).
     */
    private static final String GET_PATH = System.getProperty("load.get.path", "/api/v1/me");
    private static final Duration REGISTERED_TIMEOUT = Duration.ofMinutes(3);

    @Test
    void theSystemBesideItsCeilings() throws Exception {
        try (StackClient stack = StackClient.start("load-benchmark")) {
            Ingest ingest = new Ingest(stack.url("ingest-service"), YEAR, ReferenceDataLoader.loadDefaults(),
                    StackClient.REPOSITORY.resolve("deploy/examples/2024/contributions/mofa-som.json"), GET_PATH);
            SubmittedEvents events = new SubmittedEvents(ingest);
            RegistryDatabase registry = new RegistryDatabase(stack.postgresPort());
            CpuShares cpu = new CpuShares(pids(stack));
            Map<String, List<String>> metricsBefore = metrics(stack);
            System.out.printf("Load benchmark: the %d ministries of %d, their officers' tokens; GET %s; events of %d bytes%n",
                    ingest.ministries().size(), YEAR, GET_PATH, SubmittedEvents.size(events.event(0)));

            // The ceilings.
            ingest.signIn(ministry -> stack.token("submitter", ministry));
            Load.closed(16, WARM_UP, ingest::get);
            Map<Integer, Load.Result> gets = new LinkedHashMap<>();
            for (int clients : CLIENTS) {
                ingest.freshTokens();
                gets.put(clients, cpu.during("GET, " + clients + " clients", () -> Load.closed(clients, PHASE,
                        ingest::get)));
            }
            ingest.freshTokens();
            Load.Result pacedGet = Load.paced(RATE, PHASE, IN_FLIGHT, ingest::getAsync);
            double kafka = cpu.during("Kafka producer", () -> KafkaCeiling.recordsPerSecond(
                    stack.kafkaBootstrapServers(), events, WARM_UP, PHASE));
            double jdbc = cpu.during("JDBC inserts", () -> JdbcCeiling.rowsPerSecond(registry, events, WARM_UP, PHASE));

            // The system, warmed up first (and the registry through with the warm-up before each measure).
            ingest.freshTokens();
            registered(registry, Load.closed(16, WARM_UP, n -> ingest.post("warm-up", n)));
            Map<Integer, Load.Result> posts = new LinkedHashMap<>();
            Map<Integer, long[]> latencies = new LinkedHashMap<>();
            for (int clients : CLIENTS) {
                ingest.freshTokens();
                posts.put(clients, cpu.during("POST, " + clients + " clients", () -> Load.closed(clients, PHASE,
                        n -> ingest.post("c" + clients, n))));
                latencies.put(clients, registered(registry, posts.get(clients)));
            }
            ingest.freshTokens();
            Load.Result paced = cpu.during("POST paced at " + RATE + "/s", () -> Load.paced(RATE, PACED, IN_FLIGHT,
                    n -> ingest.postAsync("paced", n)));
            long[] pacedLatencies = registered(registry, paced);
            registry.awaitQuiet(REGISTERED_TIMEOUT);
            RegistryDrain.Result drain = cpu.during("registry drain", () -> RegistryDrain.run(
                    stack.pid("registry-service"), stack.kafkaBootstrapServers(), registry, events, DRAIN,
                    DRAIN_TIMEOUT));
            Map<String, List<String>> metricsAfter = metrics(stack);

            System.out.println();
            System.out.println("Ceilings:");
            gets.forEach((clients, get) -> System.out.printf("  authenticated GET, %2d clients: %,8.0f req/s, p50 %.1f ms,"
                    + " p99 %.1f ms (%d failed)%n", clients, get.okPerSecond(), get.answerMillis(50),
                    get.answerMillis(99), get.failed()));
            System.out.printf("  authenticated GET, paced at %d/s: %,.0f req/s, p50 %.1f ms, p99 %.1f ms (%d failed, %d not"
                    + " sent: %d in flight)%n", RATE, pacedGet.ok().size() / (double) PHASE.toSeconds(),
                    pacedGet.answerMillis(50), pacedGet.answerMillis(99), pacedGet.failed(), pacedGet.notSent(),
                    IN_FLIGHT);
            System.out.printf("  Kafka producer (acks=all, idempotent): %,.0f records/s%n", kafka);
            System.out.printf("  JDBC batched inserts (%d a batch, a commit each): %,.0f rows/s%n", JdbcCeiling.BATCH,
                    jdbc);
            System.out.println();
            Figures figures = new Figures();
            for (int clients : CLIENTS) {
                Load.Result post = posts.get(clients);
                Load.Result get = gets.get(clients);
                figures.add("accepted POST, " + clients + " clients (" + post.failed() + " failed)",
                        post.okPerSecond(), "req/s", "auth GET", get.okPerSecond(), "≥ 0.50 of GET",
                        post.okPerSecond() >= 0.5 * get.okPerSecond());
                figures.add("  the same against the Kafka producer", post.okPerSecond(), "req/s", "Kafka", kafka);
                figures.add("POST→registered p50, " + clients + " clients", percentile(latencies.get(clients), 50),
                        "ms", "GET p50", get.answerMillis(50));
                figures.add("POST→registered p99, " + clients + " clients", percentile(latencies.get(clients), 99),
                        "ms", "GET p99", get.answerMillis(99));
            }
            figures.add("accepted POST paced at " + RATE + "/s (" + paced.failed() + " failed, " + paced.notSent()
                    + " not sent)",
                    paced.ok().size() / (double) PACED.toSeconds(), "req/s", "asked", RATE);
            double p99 = percentile(pacedLatencies, 99);
            figures.add("POST→registered p50 at " + RATE + "/s", percentile(pacedLatencies, 50), "ms", "GET p50",
                    pacedGet.answerMillis(50));
            figures.add("POST→registered p99 at " + RATE + "/s", p99, "ms", "GET p99", pacedGet.answerMillis(99),
                    "≤ 200 ms", p99 <= 200);
            figures.add("registry drain, " + drain.processed() + " of " + drain.records() + " in "
                    + String.format("%.1f s", drain.seconds()) + " (" + drain.rejected() + " rejected)",
                    drain.recordsPerSecond(), "records/s", "JDBC", jdbc, "≥ 5,000/s",
                    drain.processed() == drain.records() && drain.recordsPerSecond() >= 5_000);
            figures.add("  the same against the Kafka producer", drain.recordsPerSecond(), "records/s", "Kafka", kafka);
            figures.print();
            System.out.println();
            cpu.print();
            System.out.println();
            metricsBefore.forEach((service, before) -> {
                System.out.println(service + " /q/metrics before the load:");
                before.forEach(line -> System.out.println("  " + line));
                System.out.println(service + " /q/metrics after:");
                metricsAfter.get(service).forEach(line -> System.out.println("  " + line));
            });
        }
    }

    private static Map<String, Long> pids(StackClient stack) {
        Map<String, Long> pids = new LinkedHashMap<>();
        for (String process : Stream.concat(SERVICES.stream(),
                Stream.of(LocalStack.KAFKA, LocalStack.POSTGRES, LocalStack.KEYCLOAK)).toList()) {
            pids.put(process, stack.pid(process));
        }
        return pids;
    }

    private static long[] registered(RegistryDatabase registry, Load.Result load) throws Exception {
        return registry.postToRegistered(load, REGISTERED_TIMEOUT);
    }

    private static double percentile(long[] values, double percent) {
        return Percentiles.of(values, percent);
    }

    private static Map<String, List<String>> metrics(StackClient stack) {
        Map<String, List<String>> metrics = new LinkedHashMap<>();
        for (String service : SERVICES) {
            metrics.put(service, BusinessMetrics.of(stack.url(service)));
        }
        return metrics;
    }
}
