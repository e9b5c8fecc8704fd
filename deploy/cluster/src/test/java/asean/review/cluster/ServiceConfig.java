package asean.review.cluster;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service's {@code src/main/resources/application.properties} without its profiles ({@code %test.} and the like),
 * expressions resolved ({@code ${key}}, {@code ${key:default}}) as Quarkus does when nothing overrides them.
 */
final class ServiceConfig {

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^:}]+)(?::([^}]*))?}");

    private final String service;
    private final Properties properties;

    private ServiceConfig(String service, Properties properties) {
        this.service = service;
        this.properties = properties;
    }

    static ServiceConfig of(Path repository, String service) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(
                repository.resolve(service).resolve("src/main/resources/application.properties"))) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ServiceConfig(service, properties);
    }

    String service() {
        return service;
    }

    Optional<String> get(String key) {
        return Optional.ofNullable(properties.getProperty(key)).map(this::resolve);
    }

    /** The value as written, expressions unresolved. */
    Optional<String> written(String key) {
        return Optional.ofNullable(properties.getProperty(key));
    }

    String require(String key) {
        return get(key).orElseThrow(() -> new AssertionError(service + " sets no " + key));
    }

    int httpPort() {
        return Integer.parseInt(require("quarkus.http.port"));
    }

    /** The database its JDBC URL names, e.g. {@code registry}. */
    String database() {
        return URI.create(require("quarkus.datasource.jdbc.url").substring("jdbc:".length())).getPath().substring(1);
    }

    /** Keys of the form {@code mp.messaging.<direction>.<channel>.<suffix>} for every channel of that direction. */
    Set<String> channels(String direction) {
        Set<String> channels = new TreeSet<>();
        String prefix = "mp.messaging." + direction + ".";
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith(prefix) && key.endsWith(".connector")) {
                channels.add(key.substring(prefix.length(), key.length() - ".connector".length()));
            }
        }
        return channels;
    }

    private String resolve(String value) {
        Matcher expression = EXPRESSION.matcher(value);
        StringBuilder resolved = new StringBuilder();
        while (expression.find()) {
            String replacement = Optional.ofNullable(properties.getProperty(expression.group(1))).map(this::resolve)
                    .or(() -> Optional.ofNullable(expression.group(2)))
                    .orElseThrow(() -> new AssertionError(service + ": nothing sets " + expression.group(1)));
            expression.appendReplacement(resolved, Matcher.quoteReplacement(replacement));
        }
        expression.appendTail(resolved);
        return resolved.toString();
    }
}
