package asean.review.stack.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A systemd unit file read as systemd reads it: {@code [Section]} headers, {@code Key=value} lines (a key may
 * repeat, a trailing backslash continues the line), comments after {@code #} or {@code ;}. Any other line is an
 * error naming the file and line.
 */
record UnitFile(Path path, Map<String, Map<String, List<String>>> sections) {

    private static final Pattern SECTION = Pattern.compile("\\[([A-Za-z]+)]");
    private static final Pattern ENTRY = Pattern.compile("([A-Za-z][A-Za-z0-9]*)=(.*)");

    static UnitFile read(Path path) {
        List<String> lines;
        try {
            lines = Files.readAllLines(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Map<String, List<String>>> sections = new LinkedHashMap<>();
        Map<String, List<String>> section = null;
        for (int i = 0; i < lines.size(); i++) {
            int number = i + 1;
            StringBuilder line = new StringBuilder(lines.get(i).strip());
            while (line.toString().endsWith("\\") && i + 1 < lines.size()) {
                line.setLength(line.length() - 1);
                line.append(' ').append(lines.get(++i).strip());
            }
            String text = line.toString();
            if (text.isEmpty() || text.startsWith("#") || text.startsWith(";")) {
                continue;
            }
            Matcher header = SECTION.matcher(text);
            Matcher entry = ENTRY.matcher(text);
            if (header.matches()) {
                section = sections.computeIfAbsent(header.group(1), name -> new LinkedHashMap<>());
            } else if (entry.matches() && section != null) {
                section.computeIfAbsent(entry.group(1), key -> new ArrayList<>()).add(entry.group(2).strip());
            } else {
                throw new IllegalArgumentException(path + ":" + number + ": neither a section nor a Key=value"
                        + (section == null ? " in a section" : "") + ": " + text);
            }
        }
        return new UnitFile(path, sections);
    }

    /** The value of {@code key} in {@code section} (its last, as systemd takes it), or an error naming both. */
    String value(String section, String key) {
        List<String> values = values(section, key);
        if (values.isEmpty()) {
            throw new AssertionError(path.getFileName() + " has no " + key + "= in [" + section + "]");
        }
        return values.get(values.size() - 1);
    }

    /** Every value of {@code key} in {@code section}, space-separated lists split (After=, Wants=...). */
    List<String> values(String section, String key) {
        return sections.getOrDefault(section, Map.of()).getOrDefault(key, List.of());
    }

    List<String> words(String section, String key) {
        return values(section, key).stream().flatMap(value -> List.of(value.split("\\s+")).stream()).toList();
    }
}
