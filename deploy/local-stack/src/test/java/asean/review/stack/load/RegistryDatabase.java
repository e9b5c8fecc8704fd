package asean.review.stack.load;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import asean.review.infra.Processes;
import asean.review.infra.postgres.PostgresServer;

/** What the registry's database holds, read directly: how many submissions it processed, and when it registered which. */
public final class RegistryDatabase {

    private final int port;

    public RegistryDatabase(int port) {
        this.port = port;
    }

    /** Every submission the registry processed so far (registered or rejected). */
    public long processed() throws SQLException {
        return count("SELECT count(*) FROM submission");
    }

    public long rejected() throws SQLException {
        return count("SELECT count(*) FROM submission WHERE status = 'REJECTED'");
    }

    /** Waits until the registry processed {@code total} submissions or {@code timeout} passed; answers the count. */
    public long awaitProcessed(long total, Duration timeout) throws SQLException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long processed = processed();
        while (processed < total && System.nanoTime() < deadline) {
            Processes.sleep(Duration.ofMillis(100));
            processed = processed();
        }
        return processed;
    }

    /**
     * Waits until the registry has processed nothing for three seconds running (at most {@code timeout}): requests
     * that a client gave up on may still have been published, and would be counted by what is measured next.
     */
    public void awaitQuiet(Duration timeout) throws SQLException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long last = processed();
        for (int quiet = 0; quiet < 3 && System.nanoTime() < deadline;) {
            Processes.sleep(Duration.ofSeconds(1));
            long now = processed();
            quiet = now == last ? quiet + 1 : 0;
            last = now;
        }
    }

    /** When each of {@code submissions} was registered (epoch ms); the ones not registered are missing. */
    private Map<UUID, Long> registeredAt(List<UUID> submissions) throws SQLException {
        Map<UUID, Long> registered = new HashMap<>();
        try (Connection connection = connect();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT submission_id, registered_at FROM contribution_version WHERE submission_id = ANY(?)")) {
            Array ids = connection.createArrayOf("uuid", submissions.toArray());
            query.setArray(1, ids);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    registered.put(rows.getObject(1, UUID.class), rows.getTimestamp(2).getTime());
                }
            }
        }
        return registered;
    }

    /**
     * Waits until the registry registered every submission {@code load} had accepted (or {@code timeout} passed), and
     * answers, for each, the time from sending its POST to its {@code registered_at} (ms; those never registered are
     * left out, and said).
     */
    public long[] postToRegistered(Load.Result load, Duration timeout) throws SQLException {
        List<UUID> accepted = load.ok().stream().map(Call::submissionId).toList();
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<UUID, Long> registered = registeredAt(accepted);
        while (registered.size() < accepted.size() && System.nanoTime() < deadline) {
            Processes.sleep(Duration.ofSeconds(1));
            registered = registeredAt(accepted);
        }
        if (registered.size() < accepted.size()) {
            System.out.printf("%d accepted submissions not registered within %d s%n",
                    accepted.size() - registered.size(), timeout.toSeconds());
        }
        Map<UUID, Long> registeredAt = registered;
        return load.ok().stream().filter(call -> registeredAt.containsKey(call.submissionId()))
                .mapToLong(call -> registeredAt.get(call.submissionId()) - call.sentAt()).toArray();
    }

    Connection connect() throws SQLException {
        return PostgresServer.connect(port, "registry");
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
