package asean.review.stack.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import asean.review.contract.Topics;
import asean.review.infra.keycloak.KeycloakServer;
import asean.review.stack.LocalStack;
import asean.review.stack.ServiceSettings;

/**
 * Keeps the production files of {@code deploy/server} true to the services: every systemd unit parses, each
 * service's unit, environment example and nginx server agree with its {@code application.properties} (port, body
 * size, what it connects to) and name every setting the local stack gives it; Kafka's topics, PostgreSQL's and
 * Keycloak's settings agree with the local stack and with each other. Reads files only: nothing is installed.
 */
class ServerFilesTest {

    private static final Path REPOSITORY = KeycloakServer.repository();
    private static final Path SERVER = REPOSITORY.resolve("deploy/server");
    private static final List<String> SERVICES = List.of("ingest-service", "registry-service", "report-service");
    /** The public name (its first label) nginx serves each service, and Keycloak, under. */
    private static final Map<String, String> PUBLIC_NAMES = Map.of("ministries", "ingest-service",
            "api", "registry-service", "office", "report-service", "login", "keycloak");
    /** What only a server needs (behind nginx, with passwords), beyond the services' own properties. */
    private static final Set<String> SERVER_ONLY = Set.of("quarkus.http.host",
            "quarkus.http.proxy.proxy-address-forwarding", "quarkus.http.proxy.allow-x-forwarded",
            "quarkus.http.proxy.enable-forwarded-host", "quarkus.http.proxy.trusted-proxies",
            "quarkus.shutdown.timeout", "quarkus.mailer.username", "quarkus.mailer.password", "JAVA_OPTS");
    /** What the local stack gives each service (the values do not matter here). */
    private static final Map<String, Map<String, String>> LOCAL_STACK = new ServiceSettings("issuer", "kafka",
            Map.of("registry", "jdbc:r", "ingest", "jdbc:i", "report", "jdbc:o"), "user", "pages", "session", "people",
            "mail", "smtp", 25, "office", "registry-url", "ministries-url").byService();
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^:}]+)");

    @Test
    void everyUnitParsesWithTheSectionsItsKindNeeds() throws IOException {
        List<Path> units = files(SERVER.resolve("systemd"));
        assertThat(units).extracting(unit -> unit.getFileName().toString()).contains("asean-ingest.service",
                "asean-registry.service", "asean-report.service", "kafka.service", "keycloak.service",
                "asean-backup.service", "asean-backup.timer");
        for (Path path : units) {
            UnitFile unit = UnitFile.read(path);
            assertThat(unit.sections()).as(path.getFileName().toString()).containsKey("Unit");
            assertThat(unit.value("Unit", "Description")).isNotBlank();
            if (path.toString().endsWith(".service")) {
                assertThat(unit.value("Service", "ExecStart")).isNotBlank();
                assertThat(unit.value("Service", "User")).as(path.getFileName() + " runs as").isNotEqualTo("root");
                assertThat(unit.value("Service", "NoNewPrivileges")).isEqualTo("yes");
                assertThat(unit.value("Service", "ProtectSystem")).isEqualTo("strict");
                assertThat(unit.value("Service", "PrivateTmp")).isEqualTo("yes");
            } else {
                assertThat(path.toString()).endsWith(".timer");
                assertThat(unit.value("Timer", "OnCalendar")).isNotBlank();
                assertThat(unit.value("Timer", "Persistent")).isEqualTo("true");
                assertThat(path.resolveSibling(path.getFileName().toString().replace(".timer", ".service")))
                        .as("the service a timer starts").exists();
            }
        }
    }

    @Test
    void eachServiceRunsItsPackagedAppWithItsEnvFileRestartsLimitsAndJournal() {
        for (String service : SERVICES) {
            UnitFile unit = serviceUnit(service);
            assertThat(unit.value("Service", "EnvironmentFile")).isEqualTo("/etc/asean-review/" + service + ".env");
            assertThat(unit.value("Service", "ExecStart"))
                    .startsWith("/usr/bin/java $JAVA_OPTS ")
                    .endsWith("-jar /opt/asean-review/" + service + "/quarkus-run.jar");
            assertThat(unit.value("Service", "Environment")).startsWith("\"JAVA_OPTS=").contains("-Xmx");
            assertThat(unit.value("Service", "User")).isEqualTo("asean-review");
            assertThat(unit.value("Service", "Restart")).isEqualTo("on-failure");
            assertThat(unit.value("Service", "RestartSec")).isNotBlank();
            assertThat(unit.value("Service", "SuccessExitStatus")).as("a JVM stopped by SIGTERM").isEqualTo("143");
            assertThat(unit.value("Service", "LimitNOFILE")).isNotBlank();
            assertThat(unit.value("Service", "MemoryMax")).isNotBlank();
            assertThat(unit.value("Service", "StandardOutput")).isEqualTo("journal");
            assertThat(unit.value("Install", "WantedBy")).isEqualTo("multi-user.target");
        }
    }

    @Test
    void eachServiceStartsAfterWhatItConnectsTo() {
        for (String service : SERVICES) {
            UnitFile unit = serviceUnit(service);
            Properties properties = applicationProperties(service);
            Set<String> needs = new HashSet<>(Set.of("keycloak.service"));
            if (properties.containsKey("quarkus.datasource.jdbc.url")) {
                needs.add("postgresql.service");
            }
            if (properties.stringPropertyNames().stream().anyMatch(key -> key.startsWith("mp.messaging."))) {
                needs.add("kafka.service");
            }
            assertThat(unit.words("Unit", "After")).as(service + "'s After=").containsAll(needs);
            assertThat(unit.words("Unit", "Wants")).as(service + "'s Wants=").containsAll(needs);
        }
    }

    @Test
    void envExamplesGiveEverySettingTheLocalStackGives() {
        assertThat(LOCAL_STACK.keySet()).containsExactlyInAnyOrderElementsOf(SERVICES);
        for (String service : SERVICES) {
            EnvFile env = envExample(service);
            assertThat(env.variables().keySet()).as(env.path().getFileName().toString())
                    .containsAll(LOCAL_STACK.get(service).keySet().stream().map(EnvFile::name).toList());
        }
    }

    @Test
    void envExamplesSetOnlyWhatTheServiceReads() {
        for (String service : SERVICES) {
            Set<String> known = new HashSet<>(LOCAL_STACK.get(service).keySet());
            for (Properties properties : List.of(applicationProperties(service), pagesProperties(service))) {
                for (String key : properties.stringPropertyNames()) {
                    known.add(key.replaceFirst("^%[a-z]+\\.", ""));
                    Matcher reference = REFERENCE.matcher(properties.getProperty(key));
                    while (reference.find()) {
                        known.add(reference.group(1));
                    }
                }
            }
            known.addAll(SERVER_ONLY);
            Set<String> names = new HashSet<>(known.stream().map(EnvFile::name).toList());
            EnvFile env = envExample(service);
            assertThat(names).as(env.path().getFileName() + ": settings that " + service
                    + " does not read (a typo, or a property renamed)").containsAll(env.variables().keySet());
        }
    }

    @Test
    void servicesListenOnLoopbackOnTheirOwnPortsAndTrustOnlyTheLocalProxy() {
        for (String service : SERVICES) {
            EnvFile env = envExample(service);
            assertThat(env.valueOf("quarkus.http.host")).isEqualTo("127.0.0.1");
            assertThat(env.valueOf("quarkus.http.port")).as(service + "'s port")
                    .isEqualTo(applicationProperties(service).getProperty("quarkus.http.port"));
            assertThat(env.valueOf("quarkus.http.proxy.proxy-address-forwarding")).isEqualTo("true");
            assertThat(env.valueOf("quarkus.http.proxy.allow-x-forwarded")).isEqualTo("true");
            assertThat(env.valueOf("quarkus.http.proxy.trusted-proxies")).isEqualTo("127.0.0.1");
        }
    }

    @Test
    void secretsInTheExamplesArePlaceholders() throws IOException {
        for (Path path : files(SERVER.resolve("env"))) {
            EnvFile.read(path).variables().forEach((name, value) -> {
                if (name.contains("SECRET") || name.contains("PASSWORD")) {
                    assertThat(value).as(path.getFileName() + ": " + name).isEqualTo("CHANGE-ME");
                }
            });
        }
    }

    @Test
    void nginxSendsEachPublicNameToItsServicesPortWithItsBodyLimitAndHidesManagement() {
        NginxConf nginx = NginxConf.read(SERVER.resolve("nginx/asean-review.conf"));
        Map<String, String> ports = Map.of("ingest-service", port("ingest-service"),
                "registry-service", port("registry-service"), "report-service", port("report-service"),
                "keycloak", keycloakConf().getProperty("http-port"));
        Set<String> served = new HashSet<>();
        for (NginxConf server : nginx.all("server")) {
            String name = server.arg("server_name");
            if (name.equals("_")) {
                continue;
            }
            String target = PUBLIC_NAMES.get(name.substring(0, name.indexOf('.')));
            assertThat(target).as("what nginx serves as " + name).isNotNull();
            served.add(target);
            assertThat(server.first("listen").orElseThrow().args()).as(name).contains("443", "ssl");
            assertThat(server.all("include")).as(name + " includes the TLS snippet")
                    .anyMatch(include -> include.args().equals(List.of("snippets/asean-review-tls.conf")));
            NginxConf proxied = server.location(target.equals("keycloak") ? "/realms/" : "/").orElseThrow();
            String upstream = proxied.arg("proxy_pass").replaceFirst("^http://", "").replaceFirst("/.*", "");
            NginxConf block = nginx.all("upstream").stream().filter(u -> u.args().equals(List.of(upstream)))
                    .findFirst().orElseThrow(() -> new AssertionError("no upstream " + upstream));
            assertThat(block.arg("server")).as(name + " goes to " + target).isEqualTo("127.0.0.1:" + ports.get(target));
            if (!target.equals("keycloak")) {
                assertThat(server.all("include")).as(name + " answers 503 while the service is down")
                        .anyMatch(include -> include.args().equals(List.of("snippets/asean-review-errors.conf")));
                assertThat(bytes(server.arg("client_max_body_size"))).as(name + "'s client_max_body_size")
                        .isEqualTo(bytes(maxBodySize(target)));
                assertThat(server.location("/q/").orElseThrow(() -> new AssertionError(name + " exposes /q/"))
                        .first("return").orElseThrow().args()).containsExactly("404");
            }
        }
        assertThat(served).containsExactlyInAnyOrderElementsOf(PUBLIC_NAMES.values());
        NginxConf tls = NginxConf.read(SERVER.resolve("nginx/asean-review-tls.conf"));
        assertThat(tls.all("add_header")).anyMatch(header -> header.args().get(0).equals("Strict-Transport-Security")
                && header.args().get(1).matches("max-age=\\d{7,}.*"));
        NginxConf proxy = NginxConf.read(SERVER.resolve("nginx/asean-review-proxy.conf"));
        assertThat(proxy.all("proxy_set_header").stream().map(header -> header.args().get(0)))
                .contains("Host", "X-Forwarded-Proto", "X-Forwarded-For", "X-Forwarded-Host");
    }

    @Test
    void keycloakIsTheIssuerTheServicesTrustAndUsesPostgres() {
        Properties keycloak = keycloakConf();
        String issuer = keycloak.getProperty("hostname") + "/realms/" + KeycloakServer.REALM;
        for (String service : SERVICES) {
            assertThat(envExample(service).valueOf("asean.oidc.issuer")).as(service + "'s issuer").isEqualTo(issuer);
        }
        assertThat(keycloak.getProperty("http-host")).isEqualTo("127.0.0.1");
        assertThat(keycloak.getProperty("proxy-headers")).isEqualTo("xforwarded");
        assertThat(keycloak.getProperty("db")).isEqualTo("postgres");
        assertThat(createdDatabases()).contains(database(keycloak.getProperty("db-url")));
        UnitFile unit = UnitFile.read(SERVER.resolve("systemd/keycloak.service"));
        assertThat(unit.value("Service", "ReadWritePaths")).isEqualTo("/opt/keycloak/data");
        assertThat(unit.value("Service", "Restart")).isEqualTo("on-failure");
    }

    @Test
    void kafkaTopicsAreMadeAsTheLocalStackMakesThem() throws IOException {
        String script = Files.readString(SERVER.resolve("kafka/create-topics.sh"));
        for (var topic : Map.of(Topics.SUBMITTED, LocalStack.SUBMITTED_TOPIC,
                Topics.SUBMITTED_DLQ, LocalStack.DEAD_LETTER_TOPIC).entrySet()) {
            Matcher command = Pattern.compile("--topic " + Pattern.quote(topic.getKey())
                    + " --partitions (\\d+) [^\\n]*\\n([^\\n]*)").matcher(script);
            assertThat(command.find()).as("create-topics.sh makes " + topic.getKey()).isTrue();
            assertThat(Integer.parseInt(command.group(1))).isEqualTo(LocalStack.TOPIC_PARTITIONS);
            Map<String, String> configs = new java.util.TreeMap<>();
            Matcher config = Pattern.compile("--config ([a-z.]+)=(\\S+)").matcher(command.group(2));
            while (config.find()) {
                configs.put(config.group(1), config.group(2));
            }
            assertThat(configs).as(topic.getKey() + "'s configs").isEqualTo(new java.util.TreeMap<>(topic.getValue()));
        }
    }

    @Test
    void kafkaKeepsAcknowledgedRecordsAndTheServicesFindIt() {
        Properties kafka = properties(SERVER.resolve("kafka/server.properties"));
        assertThat(kafka.getProperty("unclean.leader.election.enable")).isEqualTo("false");
        assertThat(kafka.getProperty("auto.create.topics.enable")).isEqualTo("false");
        assertThat(kafka.getProperty("min.insync.replicas")).isNotBlank();
        assertThat(kafka.getProperty("log.flush.interval.messages")).as("one broker fsyncs before it acknowledges")
                .isEqualTo("1");
        String bootstrap = kafka.getProperty("advertised.listeners").replace("PLAINTEXT://", "");
        for (String service : List.of("ingest-service", "registry-service")) {
            assertThat(envExample(service).valueOf("kafka.bootstrap.servers")).isEqualTo(bootstrap);
        }
        assertThat(UnitFile.read(SERVER.resolve("systemd/kafka.service")).value("Service", "ReadWritePaths"))
                .isEqualTo(kafka.getProperty("log.dirs").replaceAll("/[^/]+$", ""));
    }

    @Test
    void postgresCommitsDurablyArchivesWalAndHasEveryServicesDatabase() {
        Properties postgres = properties(SERVER.resolve("postgresql/asean-review.conf"));
        for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes", "archive_mode")) {
            assertThat(postgres.getProperty(setting)).as(setting).isEqualTo("on");
        }
        assertThat(postgres.getProperty("wal_level")).isEqualTo("replica");
        assertThat(postgres.getProperty("archive_command")).contains("archive-wal.sh %p %f");
        assertThat(SERVER.resolve("backup/archive-wal.sh")).exists();
        for (String service : SERVICES) {
            assertThat(createdDatabases()).contains(database(envExample(service).valueOf("quarkus.datasource.jdbc.url")));
        }
        UnitFile backup = UnitFile.read(SERVER.resolve("systemd/asean-backup.service"));
        assertThat(backup.value("Service", "ExecStart")).endsWith("/asean-backup.sh");
        assertThat(SERVER.resolve("backup/asean-backup.sh")).exists();
    }

    @Test
    void theGuideIsLinkedFromTheReadmes() throws IOException {
        assertThat(SERVER.resolve("README.md")).exists();
        assertThat(Files.readString(REPOSITORY.resolve("README.md"))).contains("deploy/server/README.md");
        assertThat(Files.readString(REPOSITORY.resolve("deploy/README.md"))).contains("server/README.md");
    }

    private static UnitFile serviceUnit(String service) {
        return UnitFile.read(SERVER.resolve("systemd/asean-" + service.replace("-service", "") + ".service"));
    }

    private static EnvFile envExample(String service) {
        return EnvFile.read(SERVER.resolve("env/" + service + ".env.example"));
    }

    private static Properties applicationProperties(String service) {
        return properties(REPOSITORY.resolve(service + "/src/main/resources/application.properties"));
    }

    /** What the pages of ingest and report read besides their own properties (deploy/web). */
    private static Properties pagesProperties(String service) {
        return service.equals("registry-service") ? new Properties()
                : properties(REPOSITORY.resolve("deploy/web/src/main/resources/META-INF/microprofile-config.properties"));
    }

    private static String port(String service) {
        return applicationProperties(service).getProperty("quarkus.http.port");
    }

    /** The service's request body limit: its env file's, or else its application.properties'. */
    private static String maxBodySize(String service) {
        String own = envExample(service).variables().get(EnvFile.name("quarkus.http.limits.max-body-size"));
        return own != null ? own : applicationProperties(service).getProperty("quarkus.http.limits.max-body-size");
    }

    private static Properties keycloakConf() {
        return properties(SERVER.resolve("keycloak/keycloak.conf"));
    }

    private static Set<String> createdDatabases() {
        try {
            Matcher created = Pattern.compile("CREATE DATABASE (\\w+)")
                    .matcher(Files.readString(SERVER.resolve("postgresql/databases.sql")));
            Set<String> databases = new HashSet<>();
            while (created.find()) {
                databases.add(created.group(1));
            }
            return databases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String database(String jdbcUrl) {
        return jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
    }

    /** A size as Quarkus' MemorySize and nginx read it: a number, then k, m or g (powers of 1024). */
    static long bytes(String size) {
        Matcher matcher = Pattern.compile("(\\d+)([kKmMgG]?)").matcher(size.strip());
        assertThat(matcher.matches()).as("a size: " + size).isTrue();
        int power = "kmg".indexOf(matcher.group(2).toLowerCase()) + 1;
        return Long.parseLong(matcher.group(1)) << (10 * power);
    }

    /**
     * A properties-like file (application.properties, keycloak.conf, server.properties, postgresql.conf), with
     * PostgreSQL's quotes and trailing comments taken off.
     */
    private static Properties properties(Path path) {
        try (Reader reader = Files.newBufferedReader(path)) {
            Properties raw = new Properties();
            raw.load(reader);
            Properties properties = new Properties();
            raw.forEach((key, value) -> properties.setProperty(key.toString().strip(),
                    value.toString().replaceAll("\\s+#.*$", "").strip().replaceAll("^'(.*)'$", "$1")
                            .replaceAll("^=\\s*", "")));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
