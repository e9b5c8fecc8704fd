package asean.review.stack.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An nginx configuration read into its directives ({@code name args;} or {@code name args { ... }}), as nginx
 * tokenises it: words, quoted strings, braces, semicolons, comments after {@code #}.
 */
record NginxConf(String name, List<String> args, List<NginxConf> children) {

    private static final Pattern TOKEN = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'|[{};]|[^\\s{};\"']+");

    static NginxConf read(Path path) {
        try {
            StringBuilder text = new StringBuilder();
            for (String line : Files.readAllLines(path)) {
                text.append(line.replaceAll("^\\s*#.*|\\s+#.*", "")).append('\n');
            }
            List<String> tokens = new ArrayList<>();
            Matcher matcher = TOKEN.matcher(text);
            while (matcher.find()) {
                String token = matcher.group();
                tokens.add(token.length() > 1 && (token.startsWith("\"") || token.startsWith("'"))
                        ? token.substring(1, token.length() - 1) : token);
            }
            return new NginxConf(path.getFileName().toString(), List.of(), block(tokens.iterator(), path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<NginxConf> block(Iterator<String> tokens, Path path) {
        List<NginxConf> directives = new ArrayList<>();
        while (tokens.hasNext()) {
            String name = tokens.next();
            if (name.equals("}")) {
                return directives;
            }
            List<String> args = new ArrayList<>();
            while (true) {
                if (!tokens.hasNext()) {
                    throw new IllegalArgumentException(path + ": directive " + name + " not ended with ; or {}");
                }
                String token = tokens.next();
                if (token.equals(";")) {
                    directives.add(new NginxConf(name, args, List.of()));
                    break;
                }
                if (token.equals("{")) {
                    directives.add(new NginxConf(name, args, block(tokens, path)));
                    break;
                }
                if (token.equals("}")) {
                    throw new IllegalArgumentException(path + ": directive " + name + " " + args + " missing ;");
                }
                args.add(token);
            }
        }
        return directives;
    }

    List<NginxConf> all(String directive) {
        return children.stream().filter(child -> child.name.equals(directive)).toList();
    }

    Optional<NginxConf> first(String directive) {
        return all(directive).stream().findFirst();
    }

    /** The single argument of {@code directive} here, or an error naming this block. */
    String arg(String directive) {
        return first(directive).map(found -> found.args.get(0)).orElseThrow(
                () -> new AssertionError(name + " " + args + " has no " + directive));
    }

    Optional<NginxConf> location(String path) {
        return all("location").stream().filter(location -> location.args.equals(List.of(path))).findFirst();
    }
}
