package asean.review.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * The OpenAPI schemas of the custom resources that have no Java model here (CloudNativePG, the Keycloak operator),
 * read from their CustomResourceDefinitions in {@code src/test/resources/crds} (copied unchanged from the operators'
 * repositories: README). The API server prunes a field its schema does not declare; with strict field validation
 * (kubectl's default since 1.27) it refuses it. So every object schema that declares its properties and does not say
 * {@code x-kubernetes-preserve-unknown-fields} is closed here ({@code additionalProperties: false}), and the root
 * takes {@code apiVersion}, {@code kind} and {@code metadata} where the CRD leaves them out (Keycloak's do).
 */
final class CrdSchemas {

    private final Map<String, Schema> byKind;

    private CrdSchemas(Map<String, Schema> byKind) {
        this.byKind = byKind;
    }

    static CrdSchemas read(Path directory) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);
        Map<String, Schema> byKind = new HashMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.sorted().toList()) {
                for (JsonNode crd : ManifestFile.read(file).documents()) {
                    String group = crd.path("spec").path("group").asText();
                    String kind = crd.path("spec").path("names").path("kind").asText();
                    for (JsonNode version : crd.path("spec").path("versions")) {
                        ObjectNode schema = version.path("schema").path("openAPIV3Schema").deepCopy();
                        declareObjectFields(schema);
                        close(schema);
                        byKind.put(group + "/" + version.path("name").asText() + "/" + kind, registry.getSchema(schema));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CrdSchemas(byKind);
    }

    boolean knows(JsonNode document) {
        return byKind.containsKey(key(document));
    }

    /** What the schema refuses in the document, one line each; empty when it is valid. */
    List<String> errors(JsonNode document) {
        return Optional.ofNullable(byKind.get(key(document)))
                .map(schema -> schema.validate(document).stream().map(Object::toString).toList())
                .orElseThrow(() -> new IllegalArgumentException("no CRD for " + key(document)));
    }

    /** Fields the API server takes at the root of every object, whether its CRD's schema declares them or not. */
    private static void declareObjectFields(ObjectNode schema) {
        ObjectNode properties = schema.withObjectProperty("properties");
        properties.putIfAbsent("apiVersion", properties.objectNode().put("type", "string"));
        properties.putIfAbsent("kind", properties.objectNode().put("type", "string"));
        properties.putIfAbsent("metadata", properties.objectNode().put("type", "object"));
    }

    private static void close(JsonNode schema) {
        if (schema instanceof ObjectNode object) {
            if (object.has("properties") && !object.has("additionalProperties")
                    && !object.path("x-kubernetes-preserve-unknown-fields").asBoolean()) {
                object.put("additionalProperties", false);
            }
        }
        for (Iterator<JsonNode> children = schema.elements(); children.hasNext();) {
            close(children.next());
        }
    }

    private static String key(JsonNode document) {
        return document.path("apiVersion").asText() + "/" + ManifestFile.kind(document);
    }
}
