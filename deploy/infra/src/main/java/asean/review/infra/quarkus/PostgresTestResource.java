package asean.review.infra.quarkus;

import java.nio.file.Path;
import java.util.Map;

import asean.review.infra.LocalPostgres;
import asean.review.infra.TempDirs;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points a {@code @QuarkusTest} at a real PostgreSQL server, one per JVM, in a temporary directory.
 * The database is named by the init argument {@code database} (default {@code test}).
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static LocalPostgres postgres;

    private String database = "test";

    public static synchronized LocalPostgres postgres() {
        if (postgres == null) {
            Path dir = TempDirs.create("postgres-test");
            LocalPostgres started = LocalPostgres.start(dir, 0);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                started.close();
                TempDirs.delete(dir);
            }));
            postgres = started;
        }
        return postgres;
    }

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres().database(database),
                "quarkus.datasource.username", LocalPostgres.USER,
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        // the server outlives one application; see postgres()
    }
}
