package asean.review.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import asean.review.infra.TempDirs;
import asean.review.infra.postgres.PostgresServer;
import asean.review.stack.backup.ClusterBackup;
import asean.review.stack.backup.RestoreMain;

/**
 * The restore rehearsal. A stack holding the 2024 review and a frozen edition is backed up while it runs and while
 * rows are written to PostgreSQL all along; a submission follows the backup. The stack stops, and the backup goes
 * into a new data directory (its keys copied, its Kafka empty): the restored stack serves the same brief revision,
 * the same Markdown brief, the same edition and the same contributions, and a consistent prefix of the rows
 * written during the backup. Then the backup goes back into the first stack's own data directory with
 * --replay-kafka-since-backup, and the registry registers the later submission from Kafka again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackupRestoreTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EDITION = "/api/v1/briefs/2024/editions/1";
    private static final String CONTRIBUTIONS = "/api/v1/contributions?year=2024";
    private static final String LATE_SUBMISSION = """
            {"year": 2024, "ministry": "MOET", "pillar": "ASCC", "area": "ASED",
             "summary": "MOET attended the ASEAN Education Ministers' Meeting."}""";

    private static StackClient original;
    private static Path backups;
    private static Path archive;
    private static String revision;
    private static String markdown;
    private static String edition;
    private static String contributions;
    private static String audit;
    private static int rowsBeforeBackup;
    private static int rowsAfterBackup;
    private static String lateSubmissionStatus;

    @BeforeAll
    static void startStackWithTheReviewOf2024() throws IOException {
        original = StackClient.start("backup-original");
        backups = TempDirs.create("backups");
        archive = backups.resolve("rehearsal.tar.gz");
        original.loadExamples("2024");
        HttpResponse<String> frozen = original.office("POST", "report-service", "/api/v1/briefs/2024/editions", null);
        assertThat(frozen.statusCode()).as(frozen.body()).isEqualTo(201);
        revision = JSON.readTree(original.brief("?format=json")).get("revision").asText();
        markdown = original.brief("");
        edition = original.office("GET", "report-service", EDITION, null).body();
        contributions = original.office("GET", "registry-service", CONTRIBUTIONS, null).body();
        audit = original.office("GET", "registry-service", "/api/v1/audit/2024", null).body();
        assertThat(JSON.readTree(contributions)).hasSize(12);
    }

    @AfterAll
    static void stop() {
        original.close();
        TempDirs.delete(backups);
    }

    @Test
    @Order(1)
    void backsUpTheRunningStackWhileWritesGoOn() throws Exception {
        try (ConcurrentWrites writes = ConcurrentWrites.start(original.postgresPort())) {
            writes.awaitRows(50);
            rowsBeforeBackup = writes.committed();
            long started = System.nanoTime();
            ClusterBackup.Report report = new ClusterBackup(original.postgresPort(),
                    original.dataDir().resolve("postgres")).writeTo(archive);
            int countedAfter = writes.committed();
            rowsAfterBackup = countedAfter + 1; // the insert under way may be committed, not yet counted
            System.out.printf("backup: %.1f s, %d bytes, %d files, WAL %s..%s %s, %d rows written during it%n",
                    (System.nanoTime() - started) / 1e9, report.archiveBytes(), report.files(), report.startLsn(),
                    report.stopLsn(), report.walSegments(), countedAfter - rowsBeforeBackup);
            assertThat(report.databases()).containsKeys("registry", "report", "ingest", "postgres");
            assertThat(report.walSegments()).isNotEmpty();
            assertThat(Files.size(archive)).isEqualTo(report.archiveBytes());
            assertThat(countedAfter).as("rows were written while the backup ran").isGreaterThan(rowsBeforeBackup);
            assertThat(checkpointedSince(report.startLsn())).as("checkpoints ran while the files were copied").isTrue();
        }
        assertThat(backups.resolve("rehearsal.tar.gz.partial")).doesNotExist();

        HttpResponse<String> late = original.ministry("MOET", "POST", "ingest-service", "/api/v1/contributions",
                LATE_SUBMISSION);
        assertThat(late.statusCode()).as(late.body()).isEqualTo(202);
        lateSubmissionStatus = "/api/v1/submissions/" + JSON.readTree(late.body()).get("submissionId").asText();
        original.awaitStatus(lateSubmissionStatus, BackupRestoreTest::registered);
    }

    @Test
    @Order(2)
    void refusesToRestoreWhileTheStackRuns() {
        assertThatThrownBy(() -> RestoreMain.restore(archive, original.dataDir(), original.postgresPort(), false))
                .hasMessageContaining("stop the stack first");
        assertThat(setAside(original.dataDir())).isEmpty();
        assertThat(original.office("GET", "registry-service", lateSubmissionStatus, null).body()).contains("REGISTERED");
    }

    @Test
    @Order(3)
    void aNewStackRestoredFromTheBackupServesTheSameBriefEditionAndContributions() throws Exception {
        original.stop();
        Path fresh = TempDirs.create("backup-restored");
        try {
            RestoreMain.restore(archive, fresh, original.postgresPort(), false);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh.resolve("postgres"))))
                    .isEqualTo("rwx------");
            assertThat(fresh.resolve("postgres/backup_label")).exists();
            assertTheRestoredStackServesWhatWasBackedUp(fresh);
        } finally {
            TempDirs.delete(fresh);
        }
    }

    private static void assertTheRestoredStackServesWhatWasBackedUp(Path dataDir) throws Exception {
        try (StackClient restored = StackClient.startOn(dataDir)) {
            assertThat(JSON.readTree(restored.brief("?format=json")).get("revision").asText()).isEqualTo(revision);
            assertThat(withoutGenerationTime(restored.brief(""))).isEqualTo(withoutGenerationTime(markdown));
            assertThat(restored.office("GET", "report-service", EDITION, null).body()).isEqualTo(edition);
            assertThat(restored.office("GET", "registry-service", CONTRIBUTIONS, null).body()).isEqualTo(contributions);
            assertThat(restored.office("GET", "registry-service", "/api/v1/audit/2024", null).body()).isEqualTo(audit);
            assertThat(JSON.readTree(restored.office("GET", "registry-service", lateSubmissionStatus, null).body())
                    .get("status").asText()).as("made after the backup, and this Kafka is empty").isEqualTo("PENDING");
            assertThat(dataDir.resolve("postgres/backup_label")).as("PostgreSQL recovered from it").doesNotExist();
            assertConsistentPrefixOfTheWrites(restored.postgresPort());
        }
    }

    @Test
    @Order(4)
    void restoredIntoItsOwnDataDirectoryTheRegistryReadsKafkaAgainSinceTheBackup() throws Exception {
        RestoreMain.restore(archive, original.dataDir(), original.postgresPort(), true);
        assertThat(setAside(original.dataDir())).hasSize(1);
        original.start();

        JsonNode status = original.awaitStatus(lateSubmissionStatus, BackupRestoreTest::registered);
        assertThat(status.get("version").asInt()).isEqualTo(1);
        JsonNode restored = JSON.readTree(original.office("GET", "registry-service", CONTRIBUTIONS, null).body());
        assertThat(restored).hasSize(13).allSatisfy(c -> assertThat(c.get("version").asInt()).isEqualTo(1));
        assertThat(original.office("GET", "report-service", EDITION, null).body()).isEqualTo(edition);
        assertConsistentPrefixOfTheWrites(original.postgresPort());
    }

    /** The brief states when it was generated ("Generated 28 Nov 2026, 08:01 UTC ·"): the one line that may differ. */
    private static String withoutGenerationTime(String brief) {
        String normalised = brief.replaceFirst("Generated [^·\\n]+·", "Generated (time) ·");
        assertThat(normalised).as("the brief names its generation time").isNotEqualTo(brief);
        return normalised;
    }

    private static void assertConsistentPrefixOfTheWrites(int port) throws SQLException {
        try (Connection connection = PostgresServer.connect(port, "postgres");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*), coalesce(max(n), 0) FROM rehearsal_write")) {
            rows.next();
            int count = rows.getInt(1);
            assertThat(rows.getInt(2)).as("no row missing below the last").isEqualTo(count);
            assertThat(count).as("every row committed before the backup started, none after it ended")
                    .isBetween(rowsBeforeBackup, rowsAfterBackup);
        }
    }

    private static boolean checkpointedSince(String lsn) throws SQLException {
        try (Connection connection = PostgresServer.connect(original.postgresPort(), "postgres");
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT redo_lsn > ?::pg_lsn FROM pg_control_checkpoint()")) {
            statement.setString(1, lsn);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getBoolean(1);
            }
        }
    }

    private static boolean registered(JsonNode status) {
        return "REGISTERED".equals(status.get("status").asText());
    }

    private static List<Path> setAside(Path dataDir) {
        try (Stream<Path> entries = Files.list(dataDir)) {
            return entries.filter(path -> path.getFileName().toString().startsWith("postgres.")).toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Rows 1, 2, 3... each inserted and committed alone, one after the other, into the postgres database, with a
     * checkpoint every 100 rows: the copy then sees pg_control name a later checkpoint than the backup's start, and
     * only recovery from backup_label's checkpoint gets every row back.
     */
    private static final class ConcurrentWrites implements AutoCloseable {

        private final Connection connection;
        private final AtomicInteger committed = new AtomicInteger();
        private final Thread writer;
        private volatile boolean stopping;
        private volatile Exception failure;

        private ConcurrentWrites(Connection connection) {
            this.connection = connection;
            this.writer = new Thread(this::write, "concurrent-writes");
        }

        static ConcurrentWrites start(int port) throws SQLException {
            Connection connection = PostgresServer.connect(port, "postgres");
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE rehearsal_write (n integer PRIMARY KEY, payload text NOT NULL)");
            }
            ConcurrentWrites writes = new ConcurrentWrites(connection);
            writes.writer.start();
            return writes;
        }

        private void write() {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO rehearsal_write VALUES (?, repeat(md5(?::text), 32))");
                    Statement checkpoint = connection.createStatement()) {
                while (!stopping) {
                    int next = committed.get() + 1;
                    insert.setInt(1, next);
                    insert.setInt(2, next);
                    insert.executeUpdate();
                    committed.set(next);
                    if (next % 100 == 0) {
                        checkpoint.execute("CHECKPOINT");
                    }
                }
            } catch (SQLException e) {
                failure = e;
            }
        }

        void awaitRows(int rows) throws InterruptedException {
            while (committed.get() < rows && failure == null) {
                Thread.sleep(20);
            }
        }

        int committed() {
            assertThat(failure).isNull();
            return committed.get();
        }

        @Override
        public void close() throws Exception {
            stopping = true;
            writer.join();
            connection.close();
            assertThat(failure).isNull();
        }
    }
}
