package asean.review.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.kafka.listener.GenericKafkaListener;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.nodepool.ProcessRoles;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.acl.AclRuleGroupResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;

/**
 * The cluster's manifests, offline: every one parses into its model or matches its CRD's schema, and what they name
 * agrees with what the services are configured with (topics, ACLs, ports, probes, Secrets, databases, addresses).
 * Reads {@code deploy/kubernetes/} and what the services' package phase wrote in their {@code target/kubernetes/}.
 */
class ManifestsIT {

    static final List<String> SERVICES = List.of("ingest-service", "registry-service", "report-service");

    static Path repository;
    static HandWritten handWritten;
    static Map<String, Generated> generated = new HashMap<>();
    static Map<String, ServiceConfig> config = new HashMap<>();

    @BeforeAll
    static void read() {
        repository = Path.of(System.getProperty("repository.root", "../..")).toAbsolutePath().normalize();
        handWritten = HandWritten.read(repository.resolve("deploy/kubernetes"));
        for (String service : SERVICES) {
            generated.put(service, Generated.read(repository, service));
            config.put(service, ServiceConfig.of(repository, service));
        }
    }

    @Test
    void everyHandWrittenManifestMatchesItsModelOrItsCrdSchema() {
        CrdSchemas schemas = CrdSchemas.read(Path.of("src/test/resources/crds"));
        Map<String, List<String>> errors = new HashMap<>();
        for (ManifestFile file : handWritten.files()) {
            for (JsonNode document : file.documents()) {
                String where = file.path().getFileName() + ": " + ManifestFile.kind(document) + " "
                        + ManifestFile.name(document);
                errors.put(where, problems(document, schemas));
            }
        }
        errors.put("KeycloakRealmImport with the realm file", schemas.errors(realmImport()));
        assertThat(errors).isNotEmpty().allSatisfy((where, problems) -> assertThat(problems).as(where).isEmpty());
    }

    @Test
    void everyGeneratedManifestParsesIntoItsModel() {
        for (Generated manifests : generated.values()) {
            for (JsonNode document : manifests.documents()) {
                assertThat(ServiceMonitors.is(document)
                        ? ServiceMonitors.problems(document, config.get(manifests.service()).httpPort())
                        : problems(document, null))
                        .as(manifests.service() + ": " + ManifestFile.kind(document) + " " + ManifestFile.name(document))
                        .isEmpty();
            }
        }
    }

    @Test
    void theTopicsAreTheOnesTheServicesUseWithTheLocalStacksRetention() {
        Set<String> used = new TreeSet<>();
        config.values().forEach(service -> used.addAll(topics(service)));
        Map<String, KafkaTopic> topics = handWritten.topics().stream()
                .collect(Collectors.toMap(topic -> topic.getSpec().getTopicName(), topic -> topic));
        assertThat(topics.keySet()).isEqualTo(used);

        KafkaTopic dlq = topics.get(config.get("registry-service")
                .require("mp.messaging.incoming.contributions-submitted.dead-letter-queue.topic"));
        assertThat(dlq.getSpec().getConfig()).containsEntry("retention.ms", -1).containsEntry("retention.bytes", -1);
        KafkaTopic submitted = topics.get(config.get("ingest-service")
                .require("mp.messaging.outgoing.contributions-submitted.topic"));
        assertThat(submitted.getSpec().getConfig()).containsEntry("retention.ms", 30L * 24 * 60 * 60 * 1000);
        for (KafkaTopic topic : topics.values()) {
            assertThat(topic.getSpec().getReplicas()).as(topic.getSpec().getTopicName()).isEqualTo(3);
            assertThat(topic.getMetadata().getLabels())
                    .containsEntry("strimzi.io/cluster", handWritten.kafka().getMetadata().getName());
        }
    }

    @Test
    void eachKafkaUserMayDoItsServicesJobAndNothingMore() {
        Map<String, Set<String>> granted = new HashMap<>();
        for (KafkaUser user : handWritten.users()) {
            assertThat(user.getSpec().getAuthentication().getType()).isEqualTo("tls");
            granted.put(user.getMetadata().getName(), acls(user));
        }
        Map<String, Set<String>> needed = new HashMap<>();
        for (ServiceConfig service : config.values()) {
            Set<String> acls = neededAcls(service);
            if (!acls.isEmpty()) {
                needed.put(service.require("quarkus.application.name"), acls);
            }
        }
        assertThat(granted).isEqualTo(needed);
    }

    @Test
    void kafkaKeepsEachRecordOnThreeBrokersAndTakesOnlyMutualTls() {
        Kafka kafka = handWritten.kafka();
        String name = kafka.getMetadata().getName();
        int brokers = handWritten.nodePools().stream()
                .filter(pool -> name.equals(pool.getMetadata().getLabels().get("strimzi.io/cluster")))
                .filter(pool -> pool.getSpec().getRoles().contains(ProcessRoles.BROKER))
                .mapToInt(pool -> pool.getSpec().getReplicas()).sum();
        int controllers = handWritten.nodePools().stream()
                .filter(pool -> pool.getSpec().getRoles().contains(ProcessRoles.CONTROLLER))
                .mapToInt(pool -> pool.getSpec().getReplicas()).sum();
        assertThat(brokers).isEqualTo(3);
        assertThat(controllers).isOdd().isGreaterThanOrEqualTo(3);
        assertThat(kafka.getSpec().getKafka().getConfig())
                .containsEntry("min.insync.replicas", 2)
                .containsEntry("default.replication.factor", 3);
        assertThat(kafka.getSpec().getKafka().getAuthorization().getType()).isEqualTo("simple");
        assertThat(kafka.getSpec().getKafka().getListeners()).allSatisfy(listener -> {
            assertThat(listener.isTls()).as(listener.getName()).isTrue();
            assertThat(listener.getAuth().getType()).as(listener.getName()).isEqualTo("tls");
        });
        assertThat(config.get("ingest-service").require("mp.messaging.outgoing.contributions-submitted.acks"))
                .isEqualTo("all");
    }

    @Test
    void servicesThatUseKafkaReachItsTlsListenerWithTheirUsersCertificate() {
        Kafka kafka = handWritten.kafka();
        String name = kafka.getMetadata().getName();
        GenericKafkaListener listener = kafka.getSpec().getKafka().getListeners().get(0);
        for (ServiceConfig service : config.values()) {
            Generated manifests = generated.get(service.service());
            if (service.get("kafka.bootstrap.servers").isEmpty()) {
                assertThat(manifests.env().keySet()).as(service.service()).noneMatch(env -> env.startsWith("KAFKA_"));
                continue;
            }
            String user = service.require("quarkus.application.name");
            assertThat(manifests.env("KAFKA_BOOTSTRAP_SERVERS")).isEqualTo(name + "-kafka-bootstrap:" + listener.getPort());
            assertThat(manifests.env("KAFKA_SECURITY_PROTOCOL")).isEqualTo("SSL");
            assertThat(mountedSecret(manifests, manifests.env("KAFKA_SSL_KEYSTORE_LOCATION"))).isEqualTo(user);
            assertThat(secretRef(manifests, "KAFKA_SSL_KEYSTORE_PASSWORD")).isEqualTo(user + "/user.password");
            assertThat(mountedSecret(manifests, manifests.env("KAFKA_SSL_TRUSTSTORE_LOCATION")))
                    .isEqualTo(name + "-cluster-ca-cert");
            assertThat(secretRef(manifests, "KAFKA_SSL_TRUSTSTORE_PASSWORD"))
                    .isEqualTo(name + "-cluster-ca-cert/ca.password");
        }
    }

    @Test
    void eachServiceServesItsHttpPortAndIsProbedOnItsHealthChecks() {
        for (ServiceConfig service : config.values()) {
            Generated manifests = generated.get(service.service());
            Container container = manifests.container();
            ContainerPort http = container.getPorts().stream().filter(port -> "http".equals(port.getName()))
                    .findFirst().orElseThrow(() -> new AssertionError(service.service() + ": no port named http"));
            assertThat(http.getContainerPort()).as(service.service()).isEqualTo(service.httpPort());
            ServicePort exposed = manifests.kubernetesService().getSpec().getPorts().stream()
                    .filter(port -> "http".equals(port.getName())).findFirst().orElseThrow();
            assertThat(exposed.getTargetPort().getIntVal()).as(service.service()).isEqualTo(service.httpPort());
            assertThat(manifests.kubernetesService().getSpec().getSelector())
                    .isEqualTo(manifests.workload() instanceof StatefulSet set
                            ? set.getSpec().getSelector().getMatchLabels()
                            : ((io.fabric8.kubernetes.api.model.apps.Deployment) manifests.workload()).getSpec()
                                    .getSelector().getMatchLabels());
            assertProbe(service, container.getLivenessProbe(), "/q/health/live");
            assertProbe(service, container.getReadinessProbe(), "/q/health/ready");
            assertThat(manifests.replicas()).as(service.service()).isGreaterThanOrEqualTo(2);
            assertThat(container.getResources().getLimits()).as(service.service()).containsKey("memory");
            assertThat(manifests.env("JAVA_MAX_MEM_RATIO")).as(service.service() + ": heap share of the limit")
                    .isEqualTo("50");
            assertThat(container.getResources().getRequests()).as(service.service()).containsKeys("memory", "cpu");
        }
    }

    @Test
    void eachRegistryPodConsumesAsAStaticMemberNamedAfterItself() {
        Generated registry = generated.get("registry-service");
        assertThat(registry.workload()).isInstanceOf(StatefulSet.class);
        EnvVar instance = registry.env().get("REGISTRY_INSTANCE_ID");
        assertThat(instance).isNotNull();
        assertThat(instance.getValueFrom().getFieldRef().getFieldPath()).isEqualTo("metadata.name");
        assertThat(config.get("registry-service")
                .written("mp.messaging.incoming.contributions-submitted.group.instance.id"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("${registry.instance-id:"));
        assertThat(config.get("registry-service").written("registry.instance-id")).isEmpty();
    }

    @Test
    void everyConfigMapAndSecretReferencedExistsWithTheKey() {
        Map<String, Set<String>> configMaps = handWritten.configMaps();
        Map<String, Set<String>> secrets = handWritten.secrets();
        List<String> missing = new ArrayList<>();
        for (Generated manifests : generated.values()) {
            for (EnvVar variable : manifests.container().getEnv()) {
                if (variable.getValueFrom() == null) {
                    continue;
                }
                var configMapKey = variable.getValueFrom().getConfigMapKeyRef();
                if (configMapKey != null && !configMaps.getOrDefault(configMapKey.getName(), Set.of())
                        .contains(configMapKey.getKey())) {
                    missing.add(manifests.service() + " " + variable.getName() + ": ConfigMap " + configMapKey.getName()
                            + " key " + configMapKey.getKey());
                }
                var secretKey = variable.getValueFrom().getSecretKeyRef();
                if (secretKey != null && !secrets.getOrDefault(secretKey.getName(), Set.of()).contains(secretKey.getKey())) {
                    missing.add(manifests.service() + " " + variable.getName() + ": Secret " + secretKey.getName()
                            + " key " + secretKey.getKey());
                }
            }
            for (Volume volume : manifests.pod().getVolumes()) {
                if (volume.getSecret() != null && !secrets.containsKey(volume.getSecret().getSecretName())) {
                    missing.add(manifests.service() + " volume " + volume.getName() + ": Secret "
                            + volume.getSecret().getSecretName());
                }
            }
        }
        JsonNode keycloak = handWritten.one("Keycloak").path("spec");
        requireSecretKey(secrets, keycloak.path("db").path("usernameSecret"), missing);
        requireSecretKey(secrets, keycloak.path("db").path("passwordSecret"), missing);
        requireSecret(secrets, keycloak.path("http").path("tlsSecret").asText(), Set.of("tls.crt", "tls.key"), missing);
        JsonNode database = handWritten.one("Cluster").path("spec");
        for (JsonNode role : database.path("managed").path("roles")) {
            requireSecret(secrets, role.path("passwordSecret").path("name").asText(), Set.of("username", "password"),
                    missing);
        }
        database.path("backup").path("barmanObjectStore").path("s3Credentials")
                .forEach(reference -> requireSecretKey(secrets, reference, missing));
        assertThat(missing).isEmpty();
    }

    @Test
    void servicesUseTheirOwnDatabaseOfTheClusterAndReachEachOtherByTheirServices() {
        JsonNode cluster = handWritten.one("Cluster");
        Set<String> databases = new TreeSet<>();
        databases.add(cluster.path("spec").path("bootstrap").path("initdb").path("database").asText());
        handWritten.ofKind("Database").stream()
                .filter(database -> ManifestFile.name(cluster).equals(database.path("spec").path("cluster").path("name").asText()))
                .forEach(database -> databases.add(database.path("spec").path("name").asText()));
        Map<String, Integer> services = new HashMap<>();
        generated.values().forEach(manifests -> services.put(manifests.kubernetesService().getMetadata().getName(),
                manifests.kubernetesService().getSpec().getPorts().get(0).getPort()));

        for (ServiceConfig service : config.values()) {
            Generated manifests = generated.get(service.service());
            URI jdbc = URI.create(manifests.env("QUARKUS_DATASOURCE_JDBC_URL").substring("jdbc:".length()));
            assertThat(jdbc.getHost()).isEqualTo(ManifestFile.name(cluster) + "-rw");
            assertThat(jdbc.getPath()).isEqualTo("/" + service.database());
            assertThat(databases).contains(service.database());
            for (EnvVar variable : manifests.container().getEnv()) {
                if (variable.getValue() != null && variable.getValue().startsWith("http://")) {
                    URI address = URI.create(variable.getValue());
                    int port = address.getPort() < 0 ? 80 : address.getPort();
                    assertThat(services).as(service.service() + " " + variable.getName())
                            .containsEntry(address.getHost(), port);
                }
            }
        }
        JsonNode keycloakDb = handWritten.one("Keycloak").path("spec").path("db");
        assertThat(keycloakDb.path("host").asText()).isEqualTo(ManifestFile.name(cluster) + "-rw");
        assertThat(databases).contains(keycloakDb.path("database").asText());
        assertThat(cluster.path("spec").path("instances").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(cluster.path("spec").path("postgresql").path("synchronous").path("dataDurability").asText())
                .isEqualTo("required");
    }

    @Test
    void theIssuerIsKeycloaksAddressAndTheRealmOfTheRealmFile() {
        String issuer = handWritten.one("ConfigMap").path("data").path("oidc-issuer").asText();
        String hostname = handWritten.one("Keycloak").path("spec").path("hostname").path("hostname").asText();
        String realm = ManifestFile.read(repository.resolve("deploy/keycloak/asean-review-realm.json")).documents()
                .get(0).path("realm").asText();
        assertThat(issuer).isEqualTo(hostname + "/realms/" + realm);
        assertThat(handWritten.one("KeycloakRealmImport").path("spec").path("realm").path("realm").asText())
                .isEqualTo(realm);
        assertThat(handWritten.one("KeycloakRealmImport").path("spec").path("keycloakCRName").asText())
                .isEqualTo(ManifestFile.name(handWritten.one("Keycloak")));
        for (Generated manifests : generated.values()) {
            assertThat(manifests.env().get("ASEAN_OIDC_ISSUER").getValueFrom().getConfigMapKeyRef().getKey())
                    .as(manifests.service()).isEqualTo("oidc-issuer");
        }
    }

    /** The realm import as deploy/README.md applies it: the realm file merged into spec.realm. */
    private static JsonNode realmImport() {
        ObjectNode composed = handWritten.one("KeycloakRealmImport").deepCopy();
        JsonNode realm = ManifestFile.read(repository.resolve("deploy/keycloak/asean-review-realm.json")).documents().get(0);
        ((ObjectNode) composed.path("spec")).set("realm", realm);
        return composed;
    }

    private static List<String> problems(JsonNode document, CrdSchemas schemas) {
        if (TypedModel.knows(document)) {
            try {
                return TypedModel.unknownFields(TypedModel.parse(document));
            } catch (IllegalArgumentException e) {
                return List.of(e.getMessage());
            }
        }
        if (schemas != null && schemas.knows(document)) {
            return schemas.errors(document);
        }
        return List.of("no model or schema for " + document.path("apiVersion").asText() + " "
                + ManifestFile.kind(document));
    }

    /** The topics a service's channels name (a channel without topic uses its name), its dead-letter topics too. */
    private static Set<String> topics(ServiceConfig service) {
        Set<String> topics = new TreeSet<>();
        for (String direction : List.of("incoming", "outgoing")) {
            for (String channel : service.channels(direction)) {
                topics.add(topic(service, direction, channel));
                deadLetterTopic(service, direction, channel).ifPresent(topics::add);
            }
        }
        return topics;
    }

    /** A setting of a channel: {@code mp.messaging.<direction>.<channel>.<key>}. */
    private static Optional<String> setting(ServiceConfig service, String direction, String channel, String key) {
        return service.get("mp.messaging." + direction + "." + channel + "." + key);
    }

    /** The topic a channel names; a channel without one uses its own name. */
    private static String topic(ServiceConfig service, String direction, String channel) {
        return setting(service, direction, channel, "topic").orElse(channel);
    }

    /**
     * The dead-letter topic the channel sends what it cannot process to (SmallRye's strategy, or ours around it), if
     * it has one; SmallRye's default name unless configured.
     */
    private static Optional<String> deadLetterTopic(ServiceConfig service, String direction, String channel) {
        if (!setting(service, direction, channel, "failure-strategy").orElse("").endsWith("dead-letter-queue")) {
            return Optional.empty();
        }
        return Optional.of(setting(service, direction, channel, "dead-letter-queue.topic")
                .orElse("dead-letter-topic-" + channel));
    }

    /** {@code topic:<name>:<operation>} and {@code group:<name>:<operation>}: what a service's Kafka clients do. */
    private static Set<String> neededAcls(ServiceConfig service) {
        Set<String> acls = new TreeSet<>();
        for (String channel : service.channels("outgoing")) {
            String topic = topic(service, "outgoing", channel);
            acls.addAll(Set.of("topic:" + topic + ":Write", "topic:" + topic + ":Describe"));
        }
        for (String channel : service.channels("incoming")) {
            String topic = topic(service, "incoming", channel);
            acls.addAll(Set.of("topic:" + topic + ":Read", "topic:" + topic + ":Describe",
                    "group:" + setting(service, "incoming", channel, "group.id").orElseThrow() + ":Read"));
            deadLetterTopic(service, "incoming", channel)
                    .ifPresent(dlq -> acls.addAll(Set.of("topic:" + dlq + ":Write", "topic:" + dlq + ":Describe")));
        }
        // registry's DeadLetterTopic reads the dead letters back for the office, by partition (no group).
        service.get("registry.dead-letters.topic")
                .ifPresent(dlq -> acls.addAll(Set.of("topic:" + dlq + ":Read", "topic:" + dlq + ":Describe")));
        return acls;
    }

    private static Set<String> acls(KafkaUser user) {
        Set<String> acls = new TreeSet<>();
        for (AclRule rule : ((KafkaUserAuthorizationSimple) user.getSpec().getAuthorization()).getAcls()) {
            String resource;
            if (rule.getResource() instanceof AclRuleTopicResource topic) {
                assertThat(topic.getPatternType().toValue()).as(user.getMetadata().getName()).isEqualTo("literal");
                resource = "topic:" + topic.getName();
            } else if (rule.getResource() instanceof AclRuleGroupResource group) {
                assertThat(group.getPatternType().toValue()).as(user.getMetadata().getName()).isEqualTo("literal");
                resource = "group:" + group.getName();
            } else {
                resource = rule.getResource().getType() + ":?";
            }
            assertThat(rule.getType() == null || rule.getType().toValue().equals("allow")).isTrue();
            assertThat(rule.getHost() == null || rule.getHost().equals("*")).isTrue();
            rule.getOperations().forEach(operation -> acls.add(resource + ":" + operation.toValue()));
        }
        return acls;
    }

    private static void assertProbe(ServiceConfig service, Probe probe, String path) {
        assertThat(probe).as(service.service() + " " + path).isNotNull();
        assertThat(probe.getHttpGet().getPath()).as(service.service()).isEqualTo(path);
        assertThat(probe.getHttpGet().getPort().getIntVal() != null
                ? probe.getHttpGet().getPort().getIntVal().toString()
                : probe.getHttpGet().getPort().getStrVal())
                .as(service.service() + " " + path).isIn(String.valueOf(service.httpPort()), "http");
    }

    /** The Secret mounted at the directory holding {@code file}. */
    private static String mountedSecret(Generated manifests, String file) {
        VolumeMount mount = manifests.container().getVolumeMounts().stream()
                .filter(candidate -> file.startsWith(candidate.getMountPath() + "/")).findFirst()
                .orElseThrow(() -> new AssertionError(manifests.service() + ": nothing mounted for " + file));
        return manifests.pod().getVolumes().stream().filter(volume -> volume.getName().equals(mount.getName()))
                .findFirst().orElseThrow().getSecret().getSecretName();
    }

    private static String secretRef(Generated manifests, String variable) {
        var reference = manifests.env().get(variable).getValueFrom().getSecretKeyRef();
        return reference.getName() + "/" + reference.getKey();
    }

    private static void requireSecretKey(Map<String, Set<String>> secrets, JsonNode reference, List<String> missing) {
        requireSecret(secrets, reference.path("name").asText(), Set.of(reference.path("key").asText()), missing);
    }

    private static void requireSecret(Map<String, Set<String>> secrets, String name, Set<String> keys,
            List<String> missing) {
        if (!secrets.getOrDefault(name, Set.of()).containsAll(keys)) {
            missing.add("Secret " + name + " keys " + keys);
        }
    }
}
