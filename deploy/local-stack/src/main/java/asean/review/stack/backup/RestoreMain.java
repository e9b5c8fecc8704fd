package asean.review.stack.backup;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import asean.review.stack.StackSettings;

/**
 * Restores a backup into a stopped stack's data directory (what {@code deploy/restore.sh} runs). Arguments:
 * {@code FILE [--data-dir DIR] [--postgres-port N] [--replay-kafka-since-backup]}.
 */
public final class RestoreMain {

    private static final String USAGE =
            "usage: restore.sh FILE [--data-dir DIR] [--postgres-port N] [--replay-kafka-since-backup]";
    private static final String REPLAY = "--replay-kafka-since-backup";

    /** How long before the backup's start the registry reads Kafka again: records it consumed late are caught too. */
    static final Duration REPLAY_MARGIN = Duration.ofMinutes(10);

    private RestoreMain() {
    }

    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "error");
        System.setProperty("org.slf4j.simpleLogger.log.kafka", "error");
        Options options = Options.parse(args, USAGE, Set.of(REPLAY));
        Path dataDir = options.path("--data-dir", "deploy/.data");
        int port = options.port("--postgres-port", StackSettings.POSTGRES_PORT);
        boolean replay = options.has(REPLAY);
        options.refuseOthers();
        if (options.positional().size() != 1) {
            options.fail("name one backup file");
        }
        Path archive = Path.of(options.positional().get(0)).toAbsolutePath().normalize();
        try {
            restore(archive, dataDir, port, replay);
        } catch (RuntimeException e) {
            System.err.println("restore.sh: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Restores {@code archive} into {@code dataDir}, rewinds the registry in Kafka if asked, and says what it did. */
    public static ClusterRestore.Report restore(Path archive, Path dataDir, int postgresPort, boolean replay) {
        ClusterRestore.Report report = ClusterRestore.restore(archive, dataDir, postgresPort);
        System.out.printf("Restored %s (the backup started %s; %d files) into %s%n", archive,
                report.label().startTime(), report.files(), report.clusterDir());
        if (report.previous() != null) {
            System.out.println("The data that were there are kept in " + report.previous()
                    + "; delete it once the restored stack looks right.");
        }
        System.out.println(kafka(dataDir, report.label(), replay));
        System.out.println("Start the stack: deploy/run.sh --data-dir " + dataDir
                + " (PostgreSQL first replays the backup's WAL; then every database stands as at the backup's end)");
        return report;
    }

    /** What becomes of the submissions Kafka holds, and the rewind of the registry if asked for. */
    private static String kafka(Path dataDir, BackupLabel label, boolean replay) {
        Path kafkaDir = dataDir.resolve("kafka");
        if (!RegistryReplay.hasKafka(kafkaDir)) {
            return "Kafka: none in " + dataDir + "; the stack starts an empty one (nothing submitted after the"
                    + " backup comes back)";
        }
        if (!replay) {
            return "Kafka: its data in " + kafkaDir + " are kept, and the registry goes on from where it had read:"
                    + " submissions made after the backup are not registered again. To re-read them, restore with "
                    + REPLAY;
        }
        Instant since = label.startedAt().orElseThrow(() -> new IllegalStateException(
                "the backup does not say when it started (label '" + label.label() + "'): cannot replay Kafka"))
                .minus(REPLAY_MARGIN);
        List<String> moves;
        try {
            moves = RegistryReplay.rewind(kafkaDir, since);
        } catch (RuntimeException e) {
            throw new IllegalStateException("PostgreSQL is restored, but the registry was not rewound in Kafka ("
                    + e.getMessage() + "); reset its offsets by hand, see deploy/README.md", e);
        }
        return "Kafka: the registry reads " + kafkaDir + " again from " + since + " (" + REPLAY_MARGIN.toMinutes()
                + " minutes before the backup started; what it already has changes nothing):\n  "
                + String.join("\n  ", moves);
    }
}
