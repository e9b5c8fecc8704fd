package asean.review.stack.backup;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

import asean.review.infra.TempDirs;

/**
 * Puts a backup made by {@link ClusterBackup} in place as a stack's PostgreSQL data directory, with the stack
 * stopped. Nothing is deleted: the archive is unpacked beside the data directory, checked, and only then swapped in,
 * the old data directory moved aside to {@code postgres.before-restore-<time>}. PostgreSQL's first start on it
 * replays the backup's WAL from its backup_label.
 */
public final class ClusterRestore {

    private static final DateTimeFormatter SUFFIX_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private ClusterRestore() {
    }

    /** What was restored, and where the data that were there went (null if there were none). */
    public record Report(Path clusterDir, Path previous, BackupLabel label, int files) {
    }

    public static Report restore(Path archive, Path dataDir, int postgresPort) {
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException("no backup at " + archive);
        }
        RunningStack.refuse(dataDir, postgresPort);
        String suffix = ZonedDateTime.now(ZoneOffset.UTC).format(SUFFIX_TIME);
        Path clusterDir = dataDir.resolve("postgres");
        Path staging = dataDir.resolve("postgres.restoring-" + suffix);
        Path previous = dataDir.resolve("postgres.before-restore-" + suffix);
        try {
            Files.createDirectories(dataDir);
            Files.createDirectory(staging, PosixFilePermissions.asFileAttribute(
                    PosixModes.permissions(PosixModes.OWNER_ONLY_DIRECTORY)));
            int files = unpack(archive, staging);
            BackupLabel label = checkIsBaseBackup(archive, staging);
            RunningStack.refuse(dataDir, postgresPort);
            boolean hadData = Files.exists(clusterDir);
            if (hadData) {
                Files.move(clusterDir, previous, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, clusterDir, StandardCopyOption.ATOMIC_MOVE);
            return new Report(clusterDir, hadData ? previous : null, label, files);
        } catch (IOException e) {
            throw new UncheckedIOException("the restore failed: " + e, e);
        } finally {
            TempDirs.delete(staging);
        }
    }

    private static int unpack(Path archive, Path target) throws IOException {
        int files = 0;
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(
                new BufferedInputStream(Files.newInputStream(archive), 1 << 16)))) {
            for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null;) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target) || path.equals(target)) {
                    throw new IllegalStateException(archive + " is not a backup of this stack: entry " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                    Files.setPosixFilePermissions(path,
                            PosixModes.permissions(entry.getMode() & 0777 | PosixModes.OWNER_ONLY_DIRECTORY));
                } else if (entry.isFile()) {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path);
                    Files.setPosixFilePermissions(path,
                            PosixModes.permissions(entry.getMode() & 0777 | PosixModes.OWNER_ONLY_FILE));
                    files++;
                } else {
                    throw new IllegalStateException(archive + " is not a backup of this stack: entry "
                            + entry.getName() + " is neither a file nor a directory");
                }
            }
        }
        return files;
    }

    private static BackupLabel checkIsBaseBackup(Path archive, Path unpacked) throws IOException {
        for (String required : new String[] {"PG_VERSION", "global/pg_control", BackupLabel.FILE}) {
            if (!Files.isRegularFile(unpacked.resolve(required))) {
                throw new IllegalStateException(archive + " is not a base backup made by backup.sh: it has no "
                        + required);
            }
        }
        BackupLabel label = BackupLabel.parse(Files.readString(unpacked.resolve(BackupLabel.FILE)));
        if (!Files.isRegularFile(unpacked.resolve("pg_wal").resolve(label.startWalFile()))) {
            throw new IllegalStateException(archive + " lacks the WAL its backup starts from ("
                    + label.startWalFile() + "): PostgreSQL could not make it consistent");
        }
        return label;
    }
}
