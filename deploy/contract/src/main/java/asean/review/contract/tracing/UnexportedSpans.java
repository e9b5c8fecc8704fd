package asean.review.contract.tracing;

import java.util.Collection;

import jakarta.enterprise.context.ApplicationScoped;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.lookup.LookupIfProperty;

/**
 * Where the services' spans go while no collector is configured: nowhere. Tracing stays on, so that every log line
 * carries its trace id and the trace travels on with each call and Kafka record; only the export is left out.
 * Once {@code quarkus.otel.exporter.otlp.endpoint} (or {@code ...otlp.traces.endpoint}) names a collector, this
 * exporter steps aside and Quarkus's OTLP exporter sends the spans there.
 */
@ApplicationScoped
@LookupIfProperty(name = UnexportedSpans.ENDPOINT, stringValue = UnexportedSpans.UNSET, lookupIfMissing = true)
public class UnexportedSpans implements SpanExporter {

    /** The traces' endpoint, which is the general one unless set apart. */
    static final String ENDPOINT = "quarkus.otel.exporter.otlp.traces.endpoint";
    /** What Quarkus answers for an endpoint nobody set. */
    static final String UNSET = "http://localhost:4317/";

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}
