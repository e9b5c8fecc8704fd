package asean.review.stack;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import asean.review.infra.keycloak.KeycloakServer;
import asean.review.infra.keycloak.RealmFile;

/**
 * Runs the local stack until Ctrl-C or SIGTERM. Arguments: {@code [--data-dir DIR] [--repository DIR]
 * [--ingest-port N] [--registry-port N] [--report-port N] [--kafka-port N] [--kafka-controller-port N]
 * [--postgres-port N] [--keycloak-port N] [--keycloak-management-port N] [--replicas 1|2] [--ingest-2-port N]
 * [--registry-2-port N]}; by default the data live in {@code deploy/.data} of the repository in the working
 * directory, on the ports of {@link StackSettings}, with one instance of each service.
 */
public final class LocalStackMain {

    private LocalStackMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Path repository = Path.of(option(args, "--repository", ".")).toAbsolutePath().normalize();
        Path dataDir = Path.of(option(args, "--data-dir", repository.resolve("deploy/.data").toString()))
                .toAbsolutePath().normalize();
        StackSettings settings = StackSettings.defaults(repository, dataDir).withPorts(
                port(args, "--kafka-port", StackSettings.KAFKA_PORT),
                port(args, "--kafka-controller-port", StackSettings.KAFKA_CONTROLLER_PORT),
                port(args, "--postgres-port", StackSettings.POSTGRES_PORT),
                port(args, "--ingest-port", StackSettings.INGEST_PORT),
                port(args, "--registry-port", StackSettings.REGISTRY_PORT),
                port(args, "--report-port", StackSettings.REPORT_PORT)).withKeycloakPorts(
                port(args, "--keycloak-port", StackSettings.KEYCLOAK_PORT),
                port(args, "--keycloak-management-port", StackSettings.KEYCLOAK_MANAGEMENT_PORT)).withReplicas(
                replicas(args));

        long started = System.nanoTime();
        System.out.println("Starting PostgreSQL, Kafka, Keycloak and the three services"
                + (settings.replicas().count() > 1 ? " (two instances of ingest and registry)" : "") + "; data in "
                + dataDir);
        LocalStack stack = LocalStack.start(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping the stack...");
            stack.close();
            System.out.println("Stopped.");
            stopped.countDown();
        }));

        System.out.printf("""
                Ready in %.1f s:
                  ministries' pages  %s/   (sign in as an officer below)
                  office's pages     %s/   (sign in as coordinator@office)
                  ingest    %s/api/v1/contributions   (OpenAPI: %s/q/openapi)
                  registry  %s/api/v1/...
                  report    %s/api/v1/briefs/{year}
                  Keycloak  %s/admin   (user %s, password in %s)
                %s  Kafka     %s, PostgreSQL 127.0.0.1:%d (user postgres, databases registry, report and ingest)
                %s
                Mail: every e-mail the services send is caught by the stack's SMTP server (127.0.0.1:%d) and saved in
                  %s   (one .eml file per recipient; the office's mailbox is %s)
                A part that dies is restarted; logs in %s (appended across restarts)
                Every API needs a token: deploy/token.sh coordinator | deploy/token.sh submitter MOFA
                Load the example data: deploy/load-examples.sh    Back up: deploy/backup.sh    Stop: Ctrl-C
                """, (System.nanoTime() - started) / 1e9, stack.url("ingest-service"), stack.url("report-service"),
                stack.url("ingest-service"), stack.url("ingest-service"), stack.url("registry-service"),
                stack.url("report-service"), stack.keycloakUrl(), KeycloakServer.ADMIN,
                settings.keycloakDir().resolve("admin-password"), secondInstances(stack, settings),
                stack.kafkaBootstrapServers(), stack.postgresPort(),
                exampleUsers(RealmFile.read(settings.realmFile())), stack.mail().port(), stack.mail().dir(),
                LocalStack.OFFICE_MAILBOX, settings.logDir());
        stopped.await();
    }

    /** The banner's lines for the second instances, if the stack runs them. */
    static String secondInstances(LocalStack stack, StackSettings settings) {
        if (settings.replicas().count() == 1) {
            return "";
        }
        return String.format("""
                  second instances (the other services, pages' and mails' links use the first ones):
                    ingest-service-2    %s/api/v1/contributions and the ministries' pages %s/
                    registry-service-2  %s/api/v1/...   (Kafka group.instance.id registry-2; the first is registry-1)
                """, stack.url("ingest-service", 2), stack.url("ingest-service", 2), stack.url("registry-service", 2));
    }

    private static Replicas replicas(String[] args) {
        int count = port(args, "--replicas", 1);
        if (count < 1 || count > 2) {
            System.err.println("--replicas is 1 or 2, not " + count);
            System.exit(2);
        }
        return new Replicas(count, port(args, "--ingest-2-port", StackSettings.INGEST_2_PORT),
                port(args, "--registry-2-port", StackSettings.REGISTRY_2_PORT));
    }

    /** The example users and their passwords, for local use only (they are in the realm file). */
    static String exampleUsers(RealmFile realm) {
        StringBuilder text = new StringBuilder("Example users (local passwords, from " + StackSettings.REALM_FILE + "):");
        List<RealmFile.ExampleUser> users = realm.users();
        for (int i = 0; i < users.size(); i++) {
            RealmFile.ExampleUser user = users.get(i);
            text.append(i % 3 == 0 ? "\n  " : "   ").append(String.format("%-20s %-14s", user.username(),
                    user.password()));
        }
        return text.toString();
    }

    private static int port(String[] args, String name, int fallback) {
        String value = option(args, name, Integer.toString(fallback));
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            System.err.println(name + " needs a number, not '" + value + "'");
            System.exit(2);
            return fallback;
        }
    }

    /** The last value given for {@code name}, so that run.sh's defaults can be overridden after them. */
    private static String option(String[] args, String name, String fallback) {
        String value = fallback;
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                value = args[i + 1];
            }
        }
        return value;
    }
}
