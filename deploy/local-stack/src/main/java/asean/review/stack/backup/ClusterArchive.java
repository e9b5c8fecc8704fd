package asean.review.stack.backup;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Date;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/**
 * A tar.gz of a data directory being written (readable by its owner only, as the data directory is), with entries named relative to it. Files may change while they are
 * copied, as in any online backup: a file is copied up to the size it had when opened, zero-padded if it shrank
 * meanwhile (WAL replay rewrites whatever changed), and skipped if it vanished before (a dropped relation).
 */
final class ClusterArchive implements Closeable {

    private static final byte[] ZEROS = new byte[8192];

    private final TarArchiveOutputStream tar;
    private int files;
    private long bytes;

    private ClusterArchive(TarArchiveOutputStream tar) {
        this.tar = tar;
    }

    static ClusterArchive create(Path file) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixModes.permissions(PosixModes.OWNER_ONLY_FILE)));
        TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(
                new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)));
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        return new ClusterArchive(tar);
    }

    void addDirectory(String name, int mode) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name + "/");
        entry.setMode(TarArchiveEntry.DEFAULT_DIR_MODE & ~0777 | mode);
        entry.setModTime(Date.from(Instant.now()));
        tar.putArchiveEntry(entry);
        tar.closeArchiveEntry();
    }

    /** Copies {@code file} as {@code name}; false if it no longer exists. */
    boolean addFile(String name, Path file, int mode) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            return false;
        }
        try (channel; InputStream in = Channels.newInputStream(channel)) {
            long size = channel.size();
            TarArchiveEntry entry = new TarArchiveEntry(name);
            entry.setSize(size);
            entry.setMode(TarArchiveEntry.DEFAULT_FILE_MODE & ~0777 | mode);
            entry.setModTime(Files.getLastModifiedTime(file).toMillis());
            tar.putArchiveEntry(entry);
            long left = size;
            byte[] buffer = new byte[1 << 16];
            for (int read; left > 0 && (read = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0;) {
                tar.write(buffer, 0, read);
                left -= read;
            }
            for (; left > 0; left -= Math.min(ZEROS.length, left)) {
                tar.write(ZEROS, 0, (int) Math.min(ZEROS.length, left));
            }
            tar.closeArchiveEntry();
            files++;
            bytes += size;
            return true;
        }
    }

    void addText(String name, String content) throws IOException {
        byte[] data = content.getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setSize(data.length);
        entry.setMode(TarArchiveEntry.DEFAULT_FILE_MODE & ~0777 | PosixModes.OWNER_ONLY_FILE);
        entry.setModTime(Date.from(Instant.now()));
        tar.putArchiveEntry(entry);
        tar.write(data);
        tar.closeArchiveEntry();
        files++;
        bytes += data.length;
    }

    int files() {
        return files;
    }

    /** The bytes of the files archived, before compression. */
    long bytes() {
        return bytes;
    }

    @Override
    public void close() throws IOException {
        tar.close();
    }
}
