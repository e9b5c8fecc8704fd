package asean.review.stack.backup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command line of the backup tools: {@code --name value} options (the last one given wins, so that a script's
 * defaults can be overridden after them), {@code --flag}s and positional arguments. A mistake prints the usage line.
 */
final class Options {

    private final String usage;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<String> flags = new ArrayList<>();
    private final List<String> positional = new ArrayList<>();
    private final List<String> read = new ArrayList<>();

    private Options(String usage) {
        this.usage = usage;
    }

    static Options parse(String[] args, String usage) {
        return parse(args, usage, Set.of());
    }

    /** {@code flagNames} take no value. */
    static Options parse(String[] args, String usage, Set<String> flagNames) {
        Options options = new Options(usage);
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("-h") || args[i].equals("--help")) {
                System.out.println(usage);
                System.exit(0);
            } else if (flagNames.contains(args[i])) {
                options.flags.add(args[i]);
            } else if (args[i].startsWith("--")) {
                if (i + 1 >= args.length) {
                    options.fail(args[i] + " needs a value");
                }
                options.values.put(args[i], args[++i]);
            } else {
                options.positional.add(args[i]);
            }
        }
        return options;
    }

    boolean has(String name) {
        read.add(name);
        return values.containsKey(name) || flags.contains(name);
    }

    Path path(String name, String fallback) {
        read.add(name);
        return Path.of(values.getOrDefault(name, fallback)).toAbsolutePath().normalize();
    }

    int port(String name, int fallback) {
        read.add(name);
        String value = values.getOrDefault(name, Integer.toString(fallback));
        try {
            int port = Integer.parseInt(value);
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        fail(name + " needs a port number, not '" + value + "'");
        return fallback;
    }

    List<String> positional() {
        return positional;
    }

    /** Fails on any option the tool did not ask for (a misspelt one, say). */
    void refuseOthers() {
        values.keySet().stream().filter(name -> !read.contains(name)).findFirst()
                .ifPresent(name -> fail("unknown option " + name));
    }

    void fail(String message) {
        System.err.println(message);
        System.err.println(usage);
        System.exit(2);
    }
}
