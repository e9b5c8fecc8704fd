package asean.review.cluster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;

/** What {@code quarkus-kubernetes} wrote for one service at package: {@code <service>/target/kubernetes/kubernetes.yml}. */
record Generated(String service, ManifestFile file) {

    static Generated read(Path repository, String service) {
        Path path = repository.resolve(service).resolve("target/kubernetes/kubernetes.yml");
        if (!Files.isRegularFile(path)) {
            throw new AssertionError(path + " is missing: the service's package phase writes it");
        }
        return new Generated(service, ManifestFile.read(path));
    }

    private <T extends HasMetadata> List<T> ofKind(String kind, Class<T> type) {
        return file.documents().stream().filter(document -> kind.equals(ManifestFile.kind(document)))
                .map(document -> TypedModel.parse(document, type)).toList();
    }

    Service kubernetesService() {
        List<Service> services = ofKind("Service", Service.class);
        if (services.size() != 1) {
            throw new AssertionError(service + ": expected one Service, found " + services.size());
        }
        return services.get(0);
    }

    /** The Deployment or StatefulSet that runs the service. */
    HasMetadata workload() {
        List<HasMetadata> workloads = file.documents().stream()
                .filter(document -> List.of("Deployment", "StatefulSet").contains(ManifestFile.kind(document)))
                .map(TypedModel::parse).toList();
        if (workloads.size() != 1) {
            throw new AssertionError(service + ": expected one Deployment or StatefulSet, found " + workloads.size());
        }
        return workloads.get(0);
    }

    int replicas() {
        return workload() instanceof StatefulSet set ? set.getSpec().getReplicas()
                : ((Deployment) workload()).getSpec().getReplicas();
    }

    PodSpec pod() {
        return workload() instanceof StatefulSet set ? set.getSpec().getTemplate().getSpec()
                : ((Deployment) workload()).getSpec().getTemplate().getSpec();
    }

    Container container() {
        List<Container> containers = pod().getContainers();
        if (containers.size() != 1) {
            throw new AssertionError(service + ": expected one container, found " + containers.size());
        }
        return containers.get(0);
    }

    Map<String, EnvVar> env() {
        return container().getEnv().stream().collect(Collectors.toMap(EnvVar::getName, Function.identity()));
    }

    /** The literal value of an environment variable. */
    String env(String name) {
        EnvVar variable = env().get(name);
        if (variable == null || variable.getValue() == null) {
            throw new AssertionError(service + ": no literal value for " + name);
        }
        return variable.getValue();
    }

    List<JsonNode> documents() {
        return file.documents();
    }
}
