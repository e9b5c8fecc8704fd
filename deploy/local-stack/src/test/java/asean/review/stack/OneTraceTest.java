package asean.review.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import asean.review.infra.Processes;
import asean.review.infra.TempDirs;
import asean.review.stack.OtlpReceiver.ReceivedSpan;
import io.opentelemetry.proto.trace.v1.Span.SpanKind;

/**
 * One submission is one trace, from ingest's HTTP span through its Kafka publish to the registry's processing of the
 * record, across the two processes of the stack: every service exports its spans to a collector the test serves, and
 * the log lines of both services for that submission carry the trace's id.
 */
class OneTraceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(60);

    private static OtlpReceiver collector;
    private static StackClient client;

    @BeforeAll
    static void startStack() {
        collector = OtlpReceiver.start();
        client = StackClient.startOn(TempDirs.create("one-trace"), Map.of(
                "quarkus.otel.exporter.otlp.endpoint", collector.endpoint(),
                // Spans leave every 100 ms instead of every 5 s.
                "quarkus.otel.bsp.schedule.delay", "100ms"));
    }

    @AfterAll
    static void stopStack() {
        client.close();
        collector.close();
    }

    @Test
    void oneSubmissionIsOneTraceFromIngestsSpanToTheRegistrys() throws IOException {
        String contribution = """
                {"year": 2024, "ministry": "MOET", "pillar": "ASCC", "area": "ASED",
                 "summary": "MOET attended the ASEAN Education Ministers' Meeting."}""";
        HttpResponse<String> submitted = client.ministry("MOET", "POST", "ingest-service", "/api/v1/contributions",
                contribution);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(202);
        String submissionId = JSON.readTree(submitted.body()).get("submissionId").asText();
        client.awaitStatus("/api/v1/submissions/" + submissionId, s -> "REGISTERED".equals(s.get("status").asText()));

        ReceivedSpan request = await("ingest's span of the request", spans -> spans.stream()
                .filter(s -> "ingest-service".equals(s.service()) && s.kind() == SpanKind.SPAN_KIND_SERVER
                        && s.name().equals("POST /api/v1/contributions"))
                .findFirst());
        ReceivedSpan publish = await("ingest's publish to Kafka", spans -> spans.stream()
                .filter(s -> "ingest-service".equals(s.service()) && s.kind() == SpanKind.SPAN_KIND_PRODUCER
                        && s.traceId().equals(request.traceId()))
                .findFirst());
        ReceivedSpan processing = await("the registry's span of the record", spans -> spans.stream()
                .filter(s -> "registry-service".equals(s.service()) && s.kind() == SpanKind.SPAN_KIND_CONSUMER
                        && s.parentSpanId().equals(publish.spanId()))
                .findFirst());

        assertThat(request.parentSpanId()).as("the request starts the trace").isEmpty();
        assertThat(ancestors(publish)).as("the publish happens within the request").contains(request.spanId());
        assertThat(processing.traceId()).as("the registry continues the submission's trace")
                .isEqualTo(request.traceId());
        assertThat(logLines("ingest-service", submissionId)).as("ingest's log of the submission")
                .isNotEmpty().allMatch(line -> line.contains("traceId=" + request.traceId()));
        assertThat(logLines("registry-service", submissionId)).as("the registry's log of the submission")
                .isNotEmpty().allMatch(line -> line.contains("traceId=" + request.traceId()));
    }

    @Test
    void theReportsCallsToTheRegistryContinueTheOfficesTrace() {
        assertThat(client.office("GET", "report-service", "/api/v1/briefs/2024?format=json", null).statusCode())
                .isEqualTo(200);

        ReceivedSpan brief = await("the report's span of the request", spans -> spans.stream()
                .filter(s -> "report-service".equals(s.service()) && s.kind() == SpanKind.SPAN_KIND_SERVER
                        && s.name().startsWith("GET /api/v1/briefs"))
                .findFirst());
        ReceivedSpan registry = await("the registry's span of the report's call", spans -> spans.stream()
                .filter(s -> "registry-service".equals(s.service()) && s.kind() == SpanKind.SPAN_KIND_SERVER
                        && s.traceId().equals(brief.traceId()))
                .findFirst());

        assertThat(ancestors(registry)).as("the registry answers within the report's request")
                .contains(brief.spanId());
    }

    /** The ids of the span's ancestors, nearest first. */
    private static List<String> ancestors(ReceivedSpan span) {
        List<ReceivedSpan> spans = collector.spans();
        List<String> ancestors = new ArrayList<>();
        String parent = span.parentSpanId();
        while (!parent.isEmpty() && !ancestors.contains(parent)) {
            ancestors.add(parent);
            String current = parent;
            parent = spans.stream().filter(s -> s.spanId().equals(current)).map(ReceivedSpan::parentSpanId)
                    .findFirst().orElse("");
        }
        return ancestors;
    }

    private static List<String> logLines(String service, String marker) {
        try {
            return Files.readAllLines(client.dataDir().resolve("logs").resolve(service + ".log")).stream()
                    .filter(line -> line.contains(marker)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ReceivedSpan await(String what, Function<List<ReceivedSpan>, Optional<ReceivedSpan>> find) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<ReceivedSpan> found = find.apply(collector.spans());
            if (found.isPresent()) {
                return found.get();
            }
            Processes.sleep(Duration.ofMillis(200));
        }
        throw new AssertionError("no " + what + " received within " + WAIT + "; received: " + collector.spans());
    }
}
