package asean.review.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import asean.review.contract.Topics;
import asean.review.infra.LocalKafka;
import asean.review.infra.LocalPostgres;
import asean.review.infra.auth.SigningKey;
import asean.review.infra.auth.TokenIssuer;

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
            Map<String, String> auth = trustLocalTokens(settings.keysDir());
            services.add(ServiceProcess.start(settings.repository(), "registry-service", settings.registryPort(), with(auth,
                    "kafka.bootstrap.servers", kafka.bootstrapServers(),
                    "quarkus.datasource.jdbc.url", registryDb,
                    "quarkus.datasource.username", LocalPostgres.USER), logs));
            services.add(ServiceProcess.start(settings.repository(), "ingest-service", settings.ingestPort(), with(auth,
                    "kafka.bootstrap.servers", kafka.bootstrapServers(),
                    "ingest.status-base-url", registryUrl), logs));
            services.add(ServiceProcess.start(settings.repository(), "report-service", settings.reportPort(), with(auth,
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

    /** The services trust tokens signed with the stack's own key pair, made on first start. */
    private static Map<String, String> trustLocalTokens(Path keysDir) {
        SigningKey.loadOrCreate(keysDir);
        return Map.of(
                "mp.jwt.verify.publickey.location", SigningKey.publicKeyFile(keysDir).toUri().toString(),
                "mp.jwt.verify.issuer", TokenIssuer.LOCAL_ISSUER);
    }

    private static Map<String, String> with(Map<String, String> common, String... keysAndValues) {
        Map<String, String> properties = new LinkedHashMap<>(common);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            properties.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return properties;
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
