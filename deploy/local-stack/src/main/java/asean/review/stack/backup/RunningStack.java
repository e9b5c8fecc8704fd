package asean.review.stack.backup;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

import asean.review.infra.FreePorts;

/**
 * Whether a stack runs on a data directory: its PostgreSQL's pid file names a live PostgreSQL, the PostgreSQL port
 * answers, or its Kafka holds the lock of its log directory.
 */
final class RunningStack {

    private RunningStack() {
    }

    /** Fails, saying why, if a stack seems to run on {@code dataDir} (PostgreSQL on {@code postgresPort}). */
    static void refuse(Path dataDir, int postgresPort) {
        Optional<String> running = postgresProcess(dataDir.resolve("postgres"))
                .or(() -> answering(postgresPort))
                .or(() -> kafkaLocked(dataDir.resolve("kafka")));
        running.ifPresent(reason -> {
            throw new IllegalStateException(reason + ": stop the stack first (Ctrl-C where deploy/run.sh runs)");
        });
    }

    private static Optional<String> postgresProcess(Path clusterDir) {
        Path pidFile = clusterDir.resolve("postmaster.pid");
        try {
            List<String> lines = Files.readAllLines(pidFile);
            long pid = Long.parseLong(lines.get(0).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(process -> process.info().command().map(command -> command.contains("postgres")).orElse(true))
                    .map(process -> "PostgreSQL (pid " + pid + ") runs on " + clusterDir);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> answering(int port) {
        return FreePorts.inUse(port)
                ? Optional.of("something answers on 127.0.0.1:" + port + ", the stack's PostgreSQL port"
                        + " (if it is another stack's, name this one's with --postgres-port)")
                : Optional.empty();
    }

    private static Optional<String> kafkaLocked(Path kafkaDir) {
        Path lock = kafkaDir.resolve(".lock");
        if (!Files.exists(lock)) {
            return Optional.empty();
        }
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
            FileLock held = channel.tryLock();
            if (held != null) {
                held.release();
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        } catch (OverlappingFileLockException e) {
            // held by this very JVM
        }
        return Optional.of("Kafka runs on " + kafkaDir);
    }
}
