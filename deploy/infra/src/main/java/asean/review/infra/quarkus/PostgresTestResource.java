package asean.review.infra.quarkus;

import java.nio.file.Path;
import java.util.Map;

import asean.review.infra.TempDirs;
import asean.review.infra.postgres.LocalPostgres;
import asean.review.infra.postgres.PostgresServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points a {@code @QuarkusTest} at a real PostgreSQL server, one per JVM, in a temporary directory.
 * The database is named by the init argument {@code database} (default {@code test}).
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static Path dir;
    private static LocalPostgres postgres;

    private String database = "test";

    public static synchronized LocalPostgres postgres() {
        if (postgres == null) {
            dir = TempDirs.create("postgres-test");
            postgres = LocalPostgres.start(dir, 0);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                shutDown();
                TempDirs.delete(dir);
            }));
        }
        return postgres;
    }

    /** Stops the server, runs {@code whileDown}, then starts it again on the same port with the same data. */
    public static synchronized void outage(Runnable whileDown) {
        int port = postgres().port();
        postgres.close();
        try {
            whileDown.run();
        } finally {
            postgres = LocalPostgres.start(dir, port);
        }
    }

    private static synchronized void shutDown() {
        postgres.close();
    }

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres().database(database),
                "quarkus.datasource.username", PostgresServer.USER,
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        // the server outlives one application; see postgres()
    }
}
