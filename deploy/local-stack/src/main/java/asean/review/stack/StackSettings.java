package asean.review.stack;

import java.nio.file.Path;
import java.util.Map;

import asean.review.infra.FreePorts;
import asean.review.infra.postgres.PostgresServer;

/**
 * Where the stack keeps its data, where the built services are, the ports it listens on (127.0.0.1),
 * PostgreSQL's durability settings (always {@link PostgresServer#DURABLE}, but for the benchmark
 * that measures what they cost) and how many instances of ingest and registry it runs.
 */
public record StackSettings(Path repository, Path dataDir, int kafkaPort, int kafkaControllerPort, int postgresPort,
        int ingestPort, int registryPort, int reportPort, int keycloakPort, int keycloakManagementPort,
        Map<String, String> postgresSettings, Replicas replicas) {

    public static final int KAFKA_PORT = 19092;
    public static final int KAFKA_CONTROLLER_PORT = 19093;
    public static final int POSTGRES_PORT = 15432;
    public static final int INGEST_PORT = 8081;
    public static final int REGISTRY_PORT = 8082;
    public static final int REPORT_PORT = 8083;
    /** The second instances', when the stack runs two ({@code --replicas 2}). */
    public static final int INGEST_2_PORT = 8084;
    public static final int REGISTRY_2_PORT = 8085;
    public static final int KEYCLOAK_PORT = 8180;
    public static final int KEYCLOAK_MANAGEMENT_PORT = 9180;
    /** The realm Keycloak is brought to at every start, in the repository. */
    public static final String REALM_FILE = "deploy/keycloak/asean-review-realm.json";

    public Path realmFile() {
        return repository.resolve(REALM_FILE);
    }

    /** Keycloak's database, and the password of its administrator (made on first start). */
    public Path keycloakDir() {
        return keycloakDir(dataDir);
    }

    public static Path keycloakDir(Path dataDir) {
        return dataDir.resolve("keycloak");
    }

    /** Each child's output, appended across restarts, and the stack's own events. */
    public Path logDir() {
        return dataDir.resolve("logs");
    }

    /** Where the stack's SMTP server saves every mail it accepts, one {@code .eml} file per recipient. */
    public Path mailDir() {
        return dataDir.resolve("mail");
    }

    public static StackSettings defaults(Path repository, Path dataDir) {
        return new StackSettings(repository, dataDir, KAFKA_PORT, KAFKA_CONTROLLER_PORT, POSTGRES_PORT, INGEST_PORT,
                REGISTRY_PORT, REPORT_PORT, KEYCLOAK_PORT, KEYCLOAK_MANAGEMENT_PORT, PostgresServer.DURABLE,
                new Replicas(1, INGEST_2_PORT, REGISTRY_2_PORT));
    }

    /** The same stack on other ports. */
    public StackSettings withPorts(int kafka, int kafkaController, int postgres, int ingest, int registry, int report) {
        return new StackSettings(repository, dataDir, kafka, kafkaController, postgres, ingest, registry, report,
                keycloakPort, keycloakManagementPort, postgresSettings, replicas);
    }

    /** The same stack on free ports (the tests'), the second instances' included. */
    public StackSettings onFreePorts() {
        return withPorts(FreePorts.any(), FreePorts.any(), FreePorts.any(), FreePorts.any(), FreePorts.any(),
                FreePorts.any()).withKeycloakPorts(FreePorts.any(), FreePorts.any())
                .withReplicas(new Replicas(replicas.count(), FreePorts.any(), FreePorts.any()));
    }

    public StackSettings withKeycloakPorts(int http, int management) {
        return new StackSettings(repository, dataDir, kafkaPort, kafkaControllerPort, postgresPort, ingestPort,
                registryPort, reportPort, http, management, postgresSettings, replicas);
    }

    public StackSettings withPostgresSettings(Map<String, String> settings) {
        return new StackSettings(repository, dataDir, kafkaPort, kafkaControllerPort, postgresPort, ingestPort,
                registryPort, reportPort, keycloakPort, keycloakManagementPort, settings, replicas);
    }

    public StackSettings withReplicas(Replicas instances) {
        return new StackSettings(repository, dataDir, kafkaPort, kafkaControllerPort, postgresPort, ingestPort,
                registryPort, reportPort, keycloakPort, keycloakManagementPort, postgresSettings, instances);
    }

    /** The port of instance {@code n} (1 or 2) of ingest or the registry. */
    public int port(String service, int n) {
        if (n > replicas.count()) {
            throw new IllegalArgumentException("the stack runs " + replicas.count() + " instance(s) of " + service);
        }
        return switch (service) {
            case "ingest-service" -> n == 1 ? ingestPort : replicas.ingestPort();
            case "registry-service" -> n == 1 ? registryPort : replicas.registryPort();
            default -> throw new IllegalArgumentException("no replicated service " + service);
        };
    }
}
