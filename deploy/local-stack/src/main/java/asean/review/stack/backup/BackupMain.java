package asean.review.stack.backup;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.stream.Collectors;

import asean.review.stack.StackSettings;

/**
 * Backs up the running local stack's PostgreSQL (what {@code deploy/backup.sh} runs). Arguments:
 * {@code [--data-dir DIR] [--postgres-port N] [--to FILE] [--backups-dir DIR]}; without {@code --to} the archive is
 * {@code <backups-dir>/asean-review-<UTC time>.tar.gz}.
 */
public final class BackupMain {

    private static final String USAGE = "usage: backup.sh [--data-dir DIR] [--postgres-port N] [--to FILE]";
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private BackupMain() {
    }

    public static void main(String[] args) {
        Options options = Options.parse(args, USAGE);
        Path dataDir = options.path("--data-dir", "deploy/.data");
        int port = options.port("--postgres-port", StackSettings.POSTGRES_PORT);
        Path backupsDir = options.path("--backups-dir", "deploy/backups");
        Path archive = options.has("--to") ? options.path("--to", null) : backupsDir.resolve(
                "asean-review-" + ZonedDateTime.now(ZoneOffset.UTC).format(FILE_TIME) + ".tar.gz");
        options.refuseOthers();
        try {
            System.out.println("Backing up the PostgreSQL of the stack in " + dataDir + " (127.0.0.1:" + port + ")...");
            print(new ClusterBackup(port, dataDir.resolve("postgres")).writeTo(archive));
        } catch (RuntimeException e) {
            System.err.println("backup.sh: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void print(ClusterBackup.Report report) {
        Path archive = report.archive().toAbsolutePath();
        System.out.printf(Locale.ROOT, """
                Backed up in %.1f s: a consistent snapshot of the whole cluster as of %s (started %s)
                  databases  %s
                  archive    %s: %s (%s of data in %d files; WAL %s to %s, %d segment(s))
                Restore it, with the stack stopped: deploy/restore.sh %s [--data-dir DIR]
                """, report.took().toMillis() / 1000.0, report.stopped().truncatedTo(ChronoUnit.SECONDS),
                report.started().truncatedTo(ChronoUnit.SECONDS),
                report.databases().entrySet().stream().map(db -> db.getKey() + " " + Sizes.human(db.getValue()))
                        .collect(Collectors.joining(", ")),
                archive, Sizes.human(report.archiveBytes()), Sizes.human(report.dataBytes()), report.files(),
                report.startLsn(), report.stopLsn(), report.walSegments().size(), archive);
    }
}
