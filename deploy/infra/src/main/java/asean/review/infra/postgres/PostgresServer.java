package asean.review.infra.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How this project runs a PostgreSQL server: its data directory, its settings and the command line
 * that starts it, on 127.0.0.1 only. Whoever starts the command owns the process (a test, or the local
 * stack's supervisor).
 */
public final class PostgresServer {

    public static final String USER = "postgres";

    /**
     * A commit is acknowledged only once it is on disk, and a torn page can be repaired after a crash:
     * PostgreSQL's own defaults, spelt out because the embedded libraries turn them off for speed.
     */
    public static final Map<String, String> DURABLE = Map.of(
            "fsync", "on",
            "synchronous_commit", "on",
            "full_page_writes", "on");

    /** The old settings, for the benchmark that shows what durability costs; never for the stack. */
    public static final Map<String, String> UNSAFE = Map.of(
            "fsync", "off",
            "synchronous_commit", "off",
            "full_page_writes", "off");

    private PostgresServer() {
    }

    /** Makes {@code dataDir} a PostgreSQL cluster (superuser {@value #USER}, UTF-8) unless it is one. */
    public static void initialise(Path dataDir) {
        if (Files.exists(dataDir.resolve("PG_VERSION"))) {
            return;
        }
        try {
            Files.createDirectories(dataDir.getParent());
            Path log = Files.createTempFile("initdb", ".log");
            Process initdb = new ProcessBuilder(PostgresBinaries.command("initdb", List.of(
                    "-D", dataDir.toString(), "-U", USER, "-A", "trust", "-E", "UTF-8", "--locale=C")))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (initdb.waitFor() != 0) {
                throw new IllegalStateException("initdb failed for " + dataDir + ": " + Files.readString(log));
            }
            Files.delete(log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot initialise PostgreSQL in " + dataDir, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The command line of the server on {@code port}, with {@code settings} over the defaults below. */
    public static List<String> command(Path dataDir, int port, Map<String, String> settings) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("listen_addresses", "127.0.0.1");
        all.put("unix_socket_directories", "");
        all.put("timezone", "UTC");
        all.put("max_connections", "200");
        // WAL kept for a backup that runs while checkpoints go on (see the local stack's backup).
        all.put("wal_keep_size", "512MB");
        all.putAll(settings);
        List<String> arguments = new ArrayList<>(List.of("-D", dataDir.toString(), "-p", Integer.toString(port)));
        all.forEach((key, value) -> arguments.addAll(List.of("-c", key + "=" + value)));
        return PostgresBinaries.command("postgres", arguments);
    }

    public static String jdbcUrl(int port, String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public static Connection connect(int port, String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(port, database), USER, "");
    }

    /** Whether the server on {@code port} accepts connections and queries. */
    public static boolean isReady(int port) {
        try (Connection connection = connect(port, "postgres");
                Statement statement = connection.createStatement()) {
            statement.execute("SELECT 1");
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Creates {@code database} unless it exists, and returns its JDBC URL. */
    public static String createDatabase(int port, String database) {
        try (Connection connection = connect(port, "postgres");
                Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery(
                    "SELECT 1 FROM pg_database WHERE datname = '" + database.replace("'", "''") + "'")) {
                if (!exists.next()) {
                    statement.execute("CREATE DATABASE \"" + database.replace("\"", "") + "\"");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database, e);
        }
        return jdbcUrl(port, database);
    }
}
