package asean.review.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;

/**
 * The Helm chart {@code quarkus-helm} wrote for each service: {@code helm lint --strict} passes, its values match its
 * values.schema.json, and what {@code helm template} renders parses into the typed model and runs the same container
 * (image, ports, probes, resources, environment, mounts) as {@code target/kubernetes/kubernetes.yml}.
 */
class HelmChartsIT {

    static final List<String> SERVICES = ManifestsIT.SERVICES;

    static final Path REPOSITORY = Path.of(System.getProperty("repository.root", "../..")).toAbsolutePath().normalize();

    @ParameterizedTest
    @FieldSource("SERVICES")
    void theChartLintsStrictlyAndItsValuesMatchItsSchema(String service) throws IOException {
        Path chart = chart(service);
        Helm.Result lint = Helm.fetchedByTheBuild().run("lint", "--strict", chart.toString());
        assertThat(lint.exitCode()).as(lint.output()).isZero();

        JsonNode schema = new ObjectMapper().readTree(chart.resolve("values.schema.json").toFile());
        JsonNode values = ManifestFile.read(chart.resolve("values.yaml")).documents().get(0);
        assertThat(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(schema).validate(values))
                .isEmpty();
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void theChartRendersTheContainerOfTheGeneratedManifests(String service) throws IOException {
        Helm.Result template = Helm.fetchedByTheBuild().run("template", service, chart(service).toString());
        assertThat(template.exitCode()).as(template.output()).isZero();
        Path rendered = Files.createTempFile(service, ".yml");
        Files.writeString(rendered, template.output());
        Generated fromChart = new Generated(service, ManifestFile.read(rendered));
        Generated fromKubernetes = Generated.read(REPOSITORY, service);

        for (JsonNode document : fromChart.documents()) {
            if (ServiceMonitors.is(document)) {
                assertThat(ServiceMonitors.problems(document, fromKubernetes.container().getPorts().get(0)
                        .getContainerPort())).isEmpty();
                continue;
            }
            assertThat(TypedModel.knows(document)).as(ManifestFile.kind(document)).isTrue();
            assertThat(TypedModel.unknownFields(TypedModel.parse(document))).isEmpty();
        }
        Container charted = fromChart.container();
        Container generated = fromKubernetes.container();
        assertThat(charted.getImage()).isEqualTo(generated.getImage());
        assertThat(charted.getPorts()).isEqualTo(generated.getPorts());
        assertThat(charted.getLivenessProbe()).isEqualTo(generated.getLivenessProbe());
        assertThat(charted.getReadinessProbe()).isEqualTo(generated.getReadinessProbe());
        assertThat(charted.getResources()).isEqualTo(generated.getResources());
        assertThat(charted.getVolumeMounts()).isEqualTo(generated.getVolumeMounts());
        assertThat(byName(charted.getEnv())).isEqualTo(byName(generated.getEnv()));
        assertThat(fromChart.replicas()).isEqualTo(fromKubernetes.replicas());
        assertThat(fromChart.pod().getVolumes()).isEqualTo(fromKubernetes.pod().getVolumes());
        Files.delete(rendered);
    }

    private static Map<String, EnvVar> byName(List<EnvVar> env) {
        return env.stream().collect(Collectors.toMap(EnvVar::getName, variable -> variable));
    }

    private static Path chart(String service) {
        Path chart = REPOSITORY.resolve(service).resolve("target/helm/kubernetes").resolve(service);
        assertThat(chart.resolve("Chart.yaml")).as("the service's package phase writes its chart").isRegularFile();
        return chart;
    }
}
