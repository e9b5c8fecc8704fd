package asean.review.stack;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the local stack until Ctrl-C or SIGTERM. Arguments: {@code [--data-dir DIR] [--repository DIR]};
 * by default the data live in {@code deploy/.data} of the repository in the working directory.
 */
public final class LocalStackMain {

    private LocalStackMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.io.zonky", "error");
        Path repository = Path.of(option(args, "--repository", ".")).toAbsolutePath().normalize();
        Path dataDir = Path.of(option(args, "--data-dir", repository.resolve("deploy/.data").toString()))
                .toAbsolutePath().normalize();

        long started = System.nanoTime();
        System.out.println("Starting PostgreSQL, Kafka and the three services; data in " + dataDir);
        LocalStack stack = LocalStack.start(StackSettings.defaults(repository, dataDir));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping the stack...");
            stack.close();
            System.out.println("Stopped.");
            stopped.countDown();
        }));

        System.out.printf("""
                Ready in %.1f s:
                  ingest    %s/api/v1/contributions   (OpenAPI: %s/q/openapi)
                  registry  %s/api/v1/...
                  report    %s/api/v1/briefs/{year}
                  Kafka     %s, PostgreSQL 127.0.0.1:%d (user postgres, databases registry and report)
                Every API needs a token: deploy/token.sh coordinator | deploy/token.sh submitter MOFA
                Load the example data: deploy/load-examples.sh    Stop: Ctrl-C
                """, (System.nanoTime() - started) / 1e9,
                stack.url("ingest-service"), stack.url("ingest-service"), stack.url("registry-service"),
                stack.url("report-service"), stack.kafkaBootstrapServers(), stack.postgresPort());
        stopped.await();
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
