package asean.review.stack.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An environment file as systemd's {@code EnvironmentFile=} reads it: {@code NAME=value} lines and comments. */
record EnvFile(Path path, Map<String, String> variables) {

    private static final Pattern ASSIGNMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(.*)");

    static EnvFile read(Path path) {
        Map<String, String> variables = new LinkedHashMap<>();
        try {
            int number = 0;
            for (String line : Files.readAllLines(path)) {
                number++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                Matcher assignment = ASSIGNMENT.matcher(text);
                if (!assignment.matches()) {
                    throw new IllegalArgumentException(path + ":" + number + ": not NAME=value: " + text);
                }
                if (variables.put(assignment.group(1), assignment.group(2)) != null) {
                    throw new IllegalArgumentException(path + ":" + number + ": " + assignment.group(1) + " twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new EnvFile(path, variables);
    }

    /**
     * The environment variable MicroProfile Config reads for {@code property}: upper case, every character but a
     * letter or digit an underscore ({@code quarkus.http.port} is {@code QUARKUS_HTTP_PORT}).
     */
    static String name(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    String valueOf(String property) {
        String value = variables.get(name(property));
        if (value == null) {
            throw new AssertionError(path.getFileName() + " does not set " + property + " (" + name(property) + ")");
        }
        return value;
    }
}
