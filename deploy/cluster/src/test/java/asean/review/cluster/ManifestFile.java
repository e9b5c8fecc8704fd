package asean.review.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** The documents of one YAML file (several, separated by {@code ---}), as trees. */
record ManifestFile(Path path, List<JsonNode> documents) {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static ManifestFile read(Path path) {
        try (var parser = YAML.getFactory().createParser(Files.readString(path))) {
            List<JsonNode> documents = YAML.readValues(parser, JsonNode.class).readAll().stream()
                    .filter(node -> node != null && !node.isNull() && !node.isMissingNode())
                    .toList();
            return new ManifestFile(path, documents);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    static String kind(JsonNode document) {
        return document.path("kind").asText();
    }

    static String name(JsonNode document) {
        return document.path("metadata").path("name").asText();
    }
}
