package asean.review.stack.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import asean.review.infra.postgres.PostgresServer;

/**
 * A consistent online base backup of a running PostgreSQL cluster, every database at once, made as pg_basebackup
 * makes one but with the low-level API over JDBC: {@code pg_backup_start}, the data directory's files,
 * {@code pg_backup_stop} on the same connection, its {@code backup_label}, then the WAL from the backup's start to
 * its stop. PostgreSQL started on the unpacked archive finds backup_label, replays that WAL from the checkpoint it
 * names (crash recovery), and stands where the backup stopped. The server keeps the WAL long enough
 * ({@code wal_keep_size}, set by {@link PostgresServer#command}).
 */
public final class ClusterBackup {

    private final int port;
    private final Path clusterDir;

    public ClusterBackup(int port, Path clusterDir) {
        this.port = port;
        this.clusterDir = clusterDir.toAbsolutePath().normalize();
    }

    /** What was backed up, where, and when the snapshot stands. */
    public record Report(Path archive, long archiveBytes, long dataBytes, int files, Map<String, Long> databases,
            Instant started, Instant stopped, String startLsn, String stopLsn, List<String> walSegments,
            Duration took) {
    }

    /** Writes the backup to {@code archive} (through {@code <archive>.partial}, so that a failed one leaves nothing). */
    public Report writeTo(Path archive) {
        long began = System.nanoTime();
        Path partial = archive.resolveSibling(archive.getFileName() + ".partial");
        try (Connection connection = connect()) {
            checkServesClusterDir(connection);
            Map<String, Long> databases = databases(connection);
            long segmentSize = walSegmentSize(connection);
            Files.createDirectories(archive.toAbsolutePath().getParent());
            Instant started = Instant.now();
            String startLsn;
            Stop stop;
            List<String> segments;
            int files;
            long dataBytes;
            try (ClusterArchive out = ClusterArchive.create(partial)) {
                startLsn = start(connection, BackupLabel.labelFor(started));
                BaseBackupFiles.copy(clusterDir, out);
                stop = stop(connection);
                if (!stop.tablespaceMap().isBlank()) {
                    throw new IllegalStateException("the cluster has tablespaces outside its data directory: "
                            + stop.tablespaceMap());
                }
                out.addText(BackupLabel.FILE, stop.labelFile());
                BackupLabel label = BackupLabel.parse(stop.labelFile());
                segments = WalSegments.between(label.startTimeline(), WalSegments.lsn(startLsn),
                        WalSegments.lsn(stop.lsn()), segmentSize);
                copyWal(out, segments, segmentSize);
                files = out.files();
                dataBytes = out.bytes();
            }
            Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Report(archive, Files.size(archive), dataBytes, files, databases, started, stop.at(), startLsn,
                    stop.lsn(), segments, Duration.ofNanos(System.nanoTime() - began));
        } catch (SQLException e) {
            throw new IllegalStateException("the backup failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("the backup failed: " + e, e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                System.err.println("cannot delete " + partial + ": " + e.getMessage());
            }
        }
    }

    private Connection connect() {
        try {
            return PostgresServer.connect(port, "postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("no PostgreSQL answers on 127.0.0.1:" + port + " (" + e.getMessage()
                    + "): the backup copies a running stack; start it first (deploy/run.sh)", e);
        }
    }

    private void checkServesClusterDir(Connection connection) throws SQLException, IOException {
        String served = single(connection, "SHOW data_directory");
        if (!Files.isDirectory(clusterDir) || !Files.isSameFile(Path.of(served), clusterDir)) {
            throw new IllegalStateException("the PostgreSQL on 127.0.0.1:" + port + " serves " + served + ", not "
                    + clusterDir + ": name the stack's data directory and port (--data-dir, --postgres-port)");
        }
    }

    private static Map<String, Long> databases(Connection connection) throws SQLException {
        Map<String, Long> databases = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT datname, pg_database_size(datname) FROM pg_database"
                        + " WHERE NOT datistemplate ORDER BY datname")) {
            while (rows.next()) {
                databases.put(rows.getString(1), rows.getLong(2));
            }
        }
        return databases;
    }

    private static long walSegmentSize(Connection connection) throws SQLException {
        return Long.parseLong(single(connection, "SELECT setting FROM pg_settings WHERE name = 'wal_segment_size'"));
    }

    /** Starts the backup with an immediate checkpoint, and returns the WAL position recovery will start from. */
    private static String start(Connection connection, String label) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT pg_backup_start(label => ?, fast => true)")) {
            statement.setString(1, label);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private record Stop(String lsn, String labelFile, String tablespaceMap, Instant at) {
    }

    /** Ends the backup; PostgreSQL writes its end into the WAL and switches to a new segment. */
    private static Stop stop(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "SELECT lsn, labelfile, spcmapfile FROM pg_backup_stop(wait_for_archive => false)")) {
            row.next();
            String tablespaceMap = row.getString(3);
            return new Stop(row.getString(1), row.getString(2), tablespaceMap == null ? "" : tablespaceMap,
                    Instant.now());
        }
    }

    /** The segments from the backup's start to its stop, and the timeline histories that lead to them. */
    private void copyWal(ClusterArchive out, List<String> segments, long segmentSize) throws IOException {
        Path wal = clusterDir.resolve("pg_wal");
        for (String segment : segments) {
            Path file = wal.resolve(segment);
            if (!out.addFile("pg_wal/" + segment, file, PosixModes.OWNER_ONLY_FILE)) {
                throw new IllegalStateException("WAL segment " + segment + ", needed to make the backup consistent,"
                        + " is no longer in " + wal + " (more WAL was written during the backup than wal_keep_size"
                        + " keeps); no backup was written, try again");
            }
            if (Files.size(file) != segmentSize) {
                throw new IllegalStateException("WAL segment " + file + " is not " + segmentSize + " bytes long");
            }
        }
        try (DirectoryStream<Path> histories = Files.newDirectoryStream(wal, "*.history")) {
            for (Path history : histories) {
                out.addFile("pg_wal/" + history.getFileName(), history, PosixModes.OWNER_ONLY_FILE);
            }
        }
    }

    private static String single(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(query)) {
            row.next();
            return row.getString(1);
        }
    }
}
