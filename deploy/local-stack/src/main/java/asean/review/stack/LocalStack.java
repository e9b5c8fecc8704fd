package asean.review.stack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import asean.review.contract.Topics;
import asean.review.infra.LocalKafka;
import asean.review.infra.LocalPostgres;

/**
 * The whole system on one machine: real Kafka and PostgreSQL in this JVM, the three services as
 * processes of their own, everything on 127.0.0.1 and the data kept under one directory.
 */
public final class LocalStack implements AutoCloseable {

    static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    private final LocalPostgres postgres;
    private final LocalKafka kafka;
    private final List<ServiceProcess> services;

    private LocalStack(LocalPostgres postgres, LocalKafka kafka, List<ServiceProcess> services) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.services = services;
    }

    public static LocalStack start(StackSettings settings) {
        LocalPostgres postgres = LocalPostgres.start(settings.dataDir().resolve("postgres"), settings.postgresPort());
        LocalKafka kafka = null;
        List<ServiceProcess> services = new ArrayList<>();
        try {
            String registryDb = postgres.database("registry");
            String reportDb = postgres.database("report");
            kafka = LocalKafka.start(settings.dataDir().resolve("kafka"), settings.kafkaPort());
            kafka.createTopics(3, Topics.SUBMITTED, Topics.SUBMITTED_DLQ);
            String registryUrl = "http://127.0.0.1:" + settings.registryPort();
            var logs = settings.dataDir().resolve("logs");
            services.add(ServiceProcess.start(settings.repository(), "registry-service", settings.registryPort(), Map.of(
                    "kafka.bootstrap.servers", kafka.bootstrapServers(),
                    "quarkus.datasource.jdbc.url", registryDb,
                    "quarkus.datasource.username", LocalPostgres.USER), logs));
            services.add(ServiceProcess.start(settings.repository(), "ingest-service", settings.ingestPort(), Map.of(
                    "kafka.bootstrap.servers", kafka.bootstrapServers(),
                    "ingest.status-base-url", registryUrl), logs));
            services.add(ServiceProcess.start(settings.repository(), "report-service", settings.reportPort(), Map.of(
                    "quarkus.rest-client.registry.url", registryUrl,
                    "quarkus.datasource.jdbc.url", reportDb,
                    "quarkus.datasource.username", LocalPostgres.USER), logs));
            for (ServiceProcess service : services) {
                service.awaitReady(READY_TIMEOUT);
            }
            return new LocalStack(postgres, kafka, services);
        } catch (RuntimeException e) {
            new LocalStack(postgres, kafka, services).close();
            throw e;
        }
    }

    public String url(String service) {
        return services.stream().filter(s -> s.name().equals(service)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + service)).url();
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    public int postgresPort() {
        return postgres.port();
    }

    /** Stops the services first (so that nothing is written half-way), then Kafka, then PostgreSQL. */
    @Override
    public void close() {
        services.forEach(ServiceProcess::close);
        if (kafka != null) {
            kafka.close();
        }
        postgres.close();
    }
}
