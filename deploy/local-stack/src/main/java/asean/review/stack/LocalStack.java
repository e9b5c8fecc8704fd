package asean.review.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

import asean.review.contract.Topics;
import asean.review.infra.FreePorts;
import asean.review.infra.HttpProbe;
import asean.review.infra.LocalKafka;
import asean.review.infra.keycloak.KeycloakAdmin;
import asean.review.infra.keycloak.KeycloakServer;
import asean.review.infra.keycloak.RealmFile;
import asean.review.infra.keycloak.RealmSync;
import asean.review.infra.postgres.PostgresServer;

/**
 * The whole system on one machine: PostgreSQL, Kafka, Keycloak and the three services, each a supervised process
 * of its own (restarted when it dies), and an SMTP server that keeps every mail as a file ({@link LocalMail});
 * everything on 127.0.0.1 and the data kept under one directory.
 */
public final class LocalStack implements AutoCloseable {

    /** How long a child may take to be ready; Keycloak's first start on a busy machine takes longer than 90 s. */
    static final Duration READY_TIMEOUT = Duration.ofSeconds(Long.getLong("stack.ready-timeout.seconds", 90));
    static final String POSTGRES = "postgres";
    static final String KAFKA = "kafka";
    static final String KEYCLOAK = "keycloak";
    static final String KEYCLOAK_ADMIN_PASSWORD = "admin-password";
    static final List<String> DATABASES = List.of("registry", "report", "ingest");
    /** The office's shared mailbox, to which the registry sends its weekly digest. */
    static final String OFFICE_MAILBOX = "office@mofa.example.gov.vn";

    /**
     * The record of what ministries submitted lives in PostgreSQL; Kafka keeps it 30 days, long enough to
     * replay into a database restored from the previous day's backup. Dead letters wait for the office,
     * who replays them once the cause is fixed, however long that takes: they are kept until deleted. A server's
     * topics are made alike ({@code deploy/server/kafka/create-topics.sh}).
     */
    public static final Map<String, String> SUBMITTED_TOPIC = Map.of("cleanup.policy", "delete",
            "retention.ms", Long.toString(Duration.ofDays(30).toMillis()));
    public static final Map<String, String> DEAD_LETTER_TOPIC = Map.of("cleanup.policy", "delete",
            "retention.ms", "-1", "retention.bytes", "-1");
    public static final int TOPIC_PARTITIONS = 3;

    private final StackSettings settings;
    private final List<SupervisedProcess> children;
    private final LocalMail mail;

    private LocalStack(StackSettings settings, List<SupervisedProcess> children, LocalMail mail) {
        this.settings = settings;
        this.children = children;
        this.mail = mail;
    }

    public static LocalStack start(StackSettings settings) {
        StackEvents events = new StackEvents(settings.logDir());
        LocalStack stack = new LocalStack(settings, new ArrayList<>(), LocalMail.start(settings.mailDir()));
        try {
            Map<String, String> jdbc = stack.startPostgres(events);
            stack.startKafkaAndKeycloak(events);
            stack.startServices(jdbc, events);
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    /** Starts PostgreSQL and creates the services' databases; answers their JDBC URLs by name. */
    private Map<String, String> startPostgres(StackEvents events) {
        Path data = settings.dataDir().resolve("postgres");
        PostgresServer.initialise(data);
        int port = settings.postgresPort();
        startChild(new SupervisedProcess.Spec(POSTGRES,
                PostgresServer.command(data, port, settings.postgresSettings()), Map.of(),
                settings.logDir().resolve("postgres.log"), "INT", () -> PostgresServer.isReady(port)), events);
        Map<String, String> jdbc = new LinkedHashMap<>();
        for (String database : DATABASES) {
            jdbc.put(database, PostgresServer.createDatabase(port, database));
        }
        return jdbc;
    }

    /**
     * Starts the broker in a JVM of its own and Keycloak, together; then creates the topics with their retention
     * and brings Keycloak's realm to what the realm file says.
     */
    private void startKafkaAndKeycloak(StackEvents events) {
        List<String> kafka = java("-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", KafkaMain.class.getName(),
                settings.dataDir().resolve("kafka").toString(), Integer.toString(settings.kafkaPort()),
                Integer.toString(settings.kafkaControllerPort()));
        int keycloakPort = settings.keycloakPort();
        startChildren(List.of(
                new SupervisedProcess.Spec(KAFKA, kafka, Map.of(), settings.logDir().resolve("kafka.log"), "TERM",
                        () -> kafkaAnswers(settings.kafkaPort())),
                new SupervisedProcess.Spec(KEYCLOAK,
                        KeycloakServer.command(settings.repository(), settings.keycloakDir(), keycloakPort,
                                settings.keycloakManagementPort()),
                        KeycloakServer.environment(keycloakAdminPassword()),
                        settings.logDir().resolve("keycloak.log"), "TERM", () -> KeycloakServer.isReady(keycloakPort))),
                events);
        LocalKafka.createTopic(kafkaBootstrapServers(), Topics.SUBMITTED, TOPIC_PARTITIONS, SUBMITTED_TOPIC);
        LocalKafka.createTopic(kafkaBootstrapServers(), Topics.SUBMITTED_DLQ, TOPIC_PARTITIONS, DEAD_LETTER_TOPIC);
        RealmSync.Outcome realm = RealmSync.apply(keycloakAdmin(), RealmFile.read(settings.realmFile()).text());
        events.say(realm.created() ? "keycloak: realm " + realm.realm() + " created from " + StackSettings.REALM_FILE
                : "keycloak: realm " + realm.realm() + " brought up to date with " + StackSettings.REALM_FILE + " ("
                        + realm.added() + " roles, clients or users added)");
    }

    private KeycloakAdmin keycloakAdmin() {
        return new KeycloakAdmin(KeycloakServer.url(settings.keycloakPort()), keycloakAdminPassword());
    }

    /** The password of Keycloak's administrator, made on the first start and kept beside its data. */
    private String keycloakAdminPassword() {
        return storedSecret(settings.keycloakDir().resolve(KEYCLOAK_ADMIN_PASSWORD));
    }

    /** A secret made on the first start and kept in {@code file}, readable by its owner only. */
    private static String storedSecret(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                Files.writeString(Files.createFile(file, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rw-------"))), UUID.randomUUID() + "-" + UUID.randomUUID());
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts the services together (one or two instances of ingest and registry, as the settings say), trusting the
     * tokens of the stack's Keycloak. The other services, and the links in pages and mails, address the first
     * instances.
     */
    private void startServices(Map<String, String> jdbc, StackEvents events) {
        RealmFile realm = RealmFile.read(settings.realmFile());
        Map<String, Map<String, String>> config = new ServiceSettings(KeycloakServer.issuer(settings.keycloakPort()),
                kafkaBootstrapServers(), jdbc, PostgresServer.USER, realm.clientSecret(KeycloakServer.PAGES_CLIENT),
                storedSecret(settings.dataDir().resolve("pages-session-secret")),
                realm.clientSecret(KeycloakServer.PEOPLE_CLIENT), realm.clientSecret(KeycloakServer.MAIL_CLIENT),
                "127.0.0.1", mail.port(), OFFICE_MAILBOX, url("registry-service"), url("ingest-service")).byService();
        List<SupervisedProcess.Spec> services = new ArrayList<>();
        for (int n = 1; n <= settings.replicas().count(); n++) {
            Map<String, String> registry = new LinkedHashMap<>(config.get("registry-service"));
            registry.put("registry.instance-id", "registry-" + n);
            services.add(service("registry-service", n, registry));
        }
        for (int n = 1; n <= settings.replicas().count(); n++) {
            services.add(service("ingest-service", n, config.get("ingest-service")));
        }
        services.add(service("report-service", 1, config.get("report-service")));
        startChildren(services, events);
    }

    private void startChild(SupervisedProcess.Spec spec, StackEvents events) {
        startChildren(List.of(spec), events);
    }

    /** Starts the children together and waits until each is ready. */
    private void startChildren(List<SupervisedProcess.Spec> specs, StackEvents events) {
        List<SupervisedProcess> started = specs.stream().map(spec -> SupervisedProcess.start(spec, events)).toList();
        children.addAll(started);
        started.forEach(child -> child.awaitReady(READY_TIMEOUT));
    }

    /**
     * Runs instance {@code n} of {@code <repository>/<service>/target/quarkus-app/quarkus-run.jar} with
     * {@code config}, named and logged as {@link Replicas#instance}.
     */
    private SupervisedProcess.Spec service(String service, int n, Map<String, String> config) {
        String name = Replicas.instance(service, n);
        int port = port(service, n);
        Path jar = settings.repository().resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build first with ./mvnw package -DskipTests");
        }
        List<String> options = new ArrayList<>(List.of("-Xmx256m", "-XX:+UseSerialGC",
                "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port));
        config.forEach((key, value) -> options.add("-D" + key + "=" + value));
        options.addAll(List.of("-jar", jar.toString()));
        URI ready = URI.create("http://127.0.0.1:" + port + "/q/health/ready");
        return new SupervisedProcess.Spec(name, java(options.toArray(String[]::new)), Map.of(),
                settings.logDir().resolve(name + ".log"), "TERM", () -> HttpProbe.answers200(ready));
    }

    private static List<String> java(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(arguments));
        return command;
    }

    private static boolean kafkaAnswers(int port) {
        if (!FreePorts.inUse(port)) {
            return false;
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + port,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2000))) {
            admin.describeCluster().nodes().get(3, TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return false;
        }
    }

    public String url(String service) {
        return url(service, 1);
    }

    /** The address of instance {@code n} of {@code service} (the report service runs once). */
    public String url(String service, int n) {
        return "http://127.0.0.1:" + port(service, n);
    }

    private int port(String service, int n) {
        return service.equals("report-service") && n == 1 ? settings.reportPort() : settings.port(service, n);
    }

    public String keycloakUrl() {
        return KeycloakServer.url(settings.keycloakPort());
    }

    public String kafkaBootstrapServers() {
        return "127.0.0.1:" + settings.kafkaPort();
    }

    public int postgresPort() {
        return settings.postgresPort();
    }

    public LocalMail mail() {
        return mail;
    }

    /** The process id of the child {@code name} now ({@code -1} while it is down), for the tests that kill it. */
    long pid(String name) {
        return child(name).pid();
    }

    /**
     * Kills the child {@code name} with SIGKILL and keeps it down, not restarted, until {@link #bringBack}: long
     * enough, say, for Kafka to hand a killed registry's partitions to the other instance.
     */
    public void killAndKeepDown(String name) {
        child(name).killAndHold();
    }

    /** Starts the children that {@link #killAndKeepDown} keeps down, together, and waits until each is ready. */
    public void bringBack(String... names) {
        List<SupervisedProcess> held = Stream.of(names).map(this::child).toList();
        held.forEach(SupervisedProcess::release);
        held.forEach(child -> child.awaitReady(READY_TIMEOUT));
    }

    private SupervisedProcess child(String name) {
        return children.stream().filter(child -> child.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no child " + name));
    }

    /** Stops the services first (so that nothing is written half-way), then Kafka, then PostgreSQL. */
    @Override
    public void close() {
        for (int i = children.size() - 1; i >= 0; i--) {
            children.get(i).close();
        }
        mail.close();
    }
}
