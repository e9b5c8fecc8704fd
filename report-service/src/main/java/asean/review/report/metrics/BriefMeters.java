package asean.review.report.metrics;

import java.util.Locale;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import asean.review.report.render.BriefFormat;
import asean.review.report.render.BriefLanguage;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;

/**
 * The briefs rendered and how long each took, {@code asean.briefs.rendered} by format ({@code md}, {@code html},
 * {@code json}, {@code pdf}, {@code docx}, and {@code preview} for the office's page of the brief) and language; a
 * brief served again from the cache is not rendered again.
 */
@ApplicationScoped
@Startup
public class BriefMeters {

    public static final String PREVIEW = "preview";

    private final MeterRegistry registry;

    /** Every format in every language shows from the start, at zero. */
    public BriefMeters(MeterRegistry registry) {
        this.registry = registry;
        for (Locale language : BriefLanguage.SUPPORTED) {
            for (BriefFormat format : BriefFormat.values()) {
                timer(format.extension(), language);
            }
            timer(PREVIEW, language);
        }
    }

    public byte[] rendering(BriefFormat format, Locale language, Supplier<byte[]> render) {
        return rendering(format.extension(), language, render);
    }

    public <T> T rendering(String format, Locale language, Supplier<T> render) {
        return timer(format, language).record(render);
    }

    private Timer timer(String format, Locale language) {
        return Timer.builder("asean.briefs.rendered")
                .description("Briefs rendered, by format and language, with their render time")
                .tag("format", format)
                .tag("language", language.getLanguage())
                .register(registry);
    }
}
