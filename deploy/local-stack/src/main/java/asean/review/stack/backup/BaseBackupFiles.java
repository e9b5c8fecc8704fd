package asean.review.stack.backup;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The files of a data directory that a base backup holds, as PostgreSQL's documentation lists them ("Making a Base
 * Backup Using the Low Level API"), copied into an archive while the server runs.
 */
final class BaseBackupFiles {

    /** The running server's own files, an earlier backup's, and the log the tests' PostgreSQL writes there. */
    private static final Set<String> SKIPPED_AT_TOP = Set.of("postmaster.pid", "postmaster.opts", "backup_label",
            "tablespace_map", "backup_manifest", "current_logfiles", "current_logfiles.tmp", "postgresql.auto.conf.tmp",
            "server.log");

    /**
     * Directories archived empty: PostgreSQL recreates or resets their contents on start, replication slots do not
     * belong in a copy, pg_wal receives the backup's own WAL, and log holds logs, not data.
     */
    private static final Set<String> EMPTIED_AT_TOP = Set.of("pg_wal", "pg_replslot", "pg_stat_tmp", "pg_dynshmem",
            "pg_notify", "pg_serial", "pg_snapshots", "pg_subtrans", "log");

    private static final List<String> WAL_SUBDIRECTORIES = List.of("pg_wal/archive_status", "pg_wal/summaries");

    private final ClusterArchive archive;

    private BaseBackupFiles(ClusterArchive archive) {
        this.archive = archive;
    }

    /** Copies the files of {@code clusterDir} that belong in a base backup into {@code archive}. */
    static void copy(Path clusterDir, ClusterArchive archive) throws IOException {
        new BaseBackupFiles(archive).copyDirectory(clusterDir, "");
    }

    private void copyDirectory(Path dir, String name) throws IOException {
        for (Path child : sortedChildren(dir)) {
            String fileName = child.getFileName().toString();
            String childName = name.isEmpty() ? fileName : name + "/" + fileName;
            PosixFileAttributes attributes;
            try {
                attributes = Files.readAttributes(child, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException e) {
                continue;
            }
            if (skipped(name, fileName)) {
                continue;
            }
            int mode = PosixModes.mode(attributes.permissions());
            if (attributes.isSymbolicLink()) {
                throw new IllegalStateException(child + " is a symbolic link (a tablespace or a directory kept"
                        + " elsewhere): this backup copies a cluster that lives in one directory");
            } else if (attributes.isDirectory()) {
                archive.addDirectory(childName, mode);
                if (name.isEmpty() && EMPTIED_AT_TOP.contains(fileName)) {
                    emptied(childName, mode);
                } else {
                    copyDirectory(child, childName);
                }
            } else if (attributes.isRegularFile()) {
                archive.addFile(childName, child, mode);
            }
        }
    }

    private void emptied(String name, int mode) throws IOException {
        if (name.equals("pg_wal")) {
            for (String subdirectory : WAL_SUBDIRECTORIES) {
                archive.addDirectory(subdirectory, mode);
            }
        }
    }

    private static boolean skipped(String parent, String fileName) {
        return parent.isEmpty() && SKIPPED_AT_TOP.contains(fileName)
                || fileName.equals("pg_internal.init")
                || fileName.startsWith("pgsql_tmp");
    }

    /** The directory's entries by name; none if it was removed meanwhile (a dropped database). */
    private static List<Path> sortedChildren(Path dir) throws IOException {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            entries.forEach(children::add);
        } catch (NoSuchFileException e) {
            return List.of();
        }
        children.sort(null);
        return children;
    }
}
