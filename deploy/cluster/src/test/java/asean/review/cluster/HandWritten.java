package asean.review.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Secret;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;

/**
 * The manifests written by hand in {@code deploy/kubernetes/}, by kind: typed where a model exists, as trees for
 * CloudNativePG and Keycloak. {@code secrets.example.yml} stands for the Secrets an operator makes by hand.
 */
record HandWritten(List<ManifestFile> files, List<JsonNode> documents) {

    static final String SECRETS_EXAMPLE = "secrets.example.yml";

    static HandWritten read(Path directory) {
        try (Stream<Path> paths = Files.list(directory)) {
            List<ManifestFile> files = paths.filter(path -> path.toString().endsWith(".yml")).sorted()
                    .map(ManifestFile::read).toList();
            return new HandWritten(files, files.stream().flatMap(file -> file.documents().stream()).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<JsonNode> ofKind(String kind) {
        return documents.stream().filter(document -> kind.equals(ManifestFile.kind(document))).toList();
    }

    JsonNode one(String kind) {
        List<JsonNode> found = ofKind(kind);
        if (found.size() != 1) {
            throw new AssertionError("expected one " + kind + " in deploy/kubernetes, found " + found.size());
        }
        return found.get(0);
    }

    Kafka kafka() {
        return TypedModel.parse(one("Kafka"), Kafka.class);
    }

    List<KafkaNodePool> nodePools() {
        return ofKind("KafkaNodePool").stream().map(node -> TypedModel.parse(node, KafkaNodePool.class)).toList();
    }

    List<KafkaTopic> topics() {
        return ofKind("KafkaTopic").stream().map(node -> TypedModel.parse(node, KafkaTopic.class)).toList();
    }

    List<KafkaUser> users() {
        return ofKind("KafkaUser").stream().map(node -> TypedModel.parse(node, KafkaUser.class)).toList();
    }

    /** The keys of each ConfigMap, by name. */
    Map<String, Set<String>> configMaps() {
        Map<String, Set<String>> keys = new HashMap<>();
        for (JsonNode node : ofKind("ConfigMap")) {
            ConfigMap map = TypedModel.parse(node, ConfigMap.class);
            keys.put(map.getMetadata().getName(), new TreeSet<>(map.getData().keySet()));
        }
        return keys;
    }

    /**
     * The keys of each Secret that will exist once the operators run: those made by hand (secrets.example.yml) and
     * those the operators make from the resources here (Strimzi: the cluster CA and one per TLS user; CloudNativePG:
     * the application owner's credentials of a cluster bootstrapped without a secret of its own).
     */
    Map<String, Set<String>> secrets() {
        Map<String, Set<String>> keys = new HashMap<>();
        files.stream().filter(file -> file.path().endsWith(SECRETS_EXAMPLE))
                .flatMap(file -> file.documents().stream())
                .map(node -> TypedModel.parse(node, Secret.class))
                .forEach(secret -> keys.put(secret.getMetadata().getName(), new TreeSet<>(secret.getStringData().keySet())));
        keys.put(kafka().getMetadata().getName() + "-cluster-ca-cert", Set.of("ca.crt", "ca.p12", "ca.password"));
        users().stream().filter(user -> "tls".equals(user.getSpec().getAuthentication().getType()))
                .forEach(user -> keys.put(user.getMetadata().getName(),
                        Set.of("ca.crt", "user.crt", "user.key", "user.p12", "user.password")));
        for (JsonNode cluster : ofKind("Cluster")) {
            JsonNode initdb = cluster.path("spec").path("bootstrap").path("initdb");
            if (!initdb.isMissingNode() && initdb.path("secret").isMissingNode()) {
                keys.put(ManifestFile.name(cluster) + "-app", Set.of("username", "password", "host", "port", "dbname",
                        "uri", "jdbc-uri", "pgpass"));
            }
        }
        return keys;
    }
}
