package asean.review.stack.backup;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The {@code backup_label} file pg_backup_stop returns: where recovery starts (WAL position, timeline and
 * file), when and under which label. This tool's labels name the instant the backup started.
 */
public record BackupLabel(String startWalFile, int startTimeline, String startTime, String label) {

    static final String FILE = "backup_label";

    private static final String LABEL_PREFIX = "asean-review backup started ";

    static String labelFor(Instant started) {
        return LABEL_PREFIX + started;
    }

    static BackupLabel parse(String text) {
        String startWal = field(text, "START WAL LOCATION");
        int file = startWal.indexOf("(file ");
        return new BackupLabel(file < 0 ? "" : startWal.substring(file + 6, startWal.indexOf(')', file)),
                Integer.parseInt(field(text, "START TIMELINE")), field(text, "START TIME"), field(text, "LABEL"));
    }

    /** When the backup started, if this tool made it. */
    Optional<Instant> startedAt() {
        if (!label.startsWith(LABEL_PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(label.substring(LABEL_PREFIX.length())));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String field(String text, String name) {
        for (String line : text.split("\n")) {
            if (line.startsWith(name + ": ")) {
                return line.substring(name.length() + 2).trim();
            }
        }
        throw new IllegalArgumentException(FILE + " has no " + name + ": " + text);
    }
}
