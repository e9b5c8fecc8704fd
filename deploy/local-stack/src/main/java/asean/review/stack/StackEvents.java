package asean.review.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/** What the stack itself does (starts, exits, restarts), on the console and appended to {@code logs/stack.log}. */
final class StackEvents {

    private final Path log;

    StackEvents(Path logDir) {
        this.log = logDir.resolve("stack.log");
        try {
            Files.createDirectories(logDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized void say(String event) {
        String line = LocalTime.now().truncatedTo(ChronoUnit.MILLIS) + " " + event;
        System.out.println(line);
        try {
            Files.writeString(log, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("cannot write " + log + ": " + e.getMessage());
        }
    }
}
