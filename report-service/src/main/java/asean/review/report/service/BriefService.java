package asean.review.report.service;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import asean.review.contract.api.Cycle;
import asean.review.contract.api.RegisteredContribution;
import asean.review.contract.api.ReviewState;
import asean.review.report.brief.Brief;
import asean.review.report.brief.BriefCompiler;
import asean.review.report.brief.BriefInputs;
import asean.review.report.client.RegistryClient;
import asean.review.report.render.BriefFormat;
import asean.review.report.render.BriefRenderer;

/**
 * Gathers a year's data from the registry and serves the brief. A brief is compiled and rendered
 * once per data revision: while the data are unchanged, every pull gets the same document.
 */
@ApplicationScoped
public class BriefService {

    private final RegistryClient registry;
    private final BriefRenderer renderer;
    private final Clock clock;
    private final Cache<String, Brief> compiled = Caffeine.newBuilder().maximumSize(50).build();
    private final Cache<String, byte[]> rendered = Caffeine.newBuilder()
            .maximumWeight(64L * 1024 * 1024)
            .<String, byte[]>weigher((key, bytes) -> bytes.length)
            .build();

    public BriefService(@RestClient RegistryClient registry, BriefRenderer renderer, Clock clock) {
        this.registry = registry;
        this.renderer = renderer;
        this.clock = clock;
    }

    /** The data a brief of {@code year} would be built from now, and their revision. */
    public Current current(int year) {
        BriefInputs inputs = inputs(year);
        return new Current(inputs, BriefCompiler.revision(inputs));
    }

    public Brief brief(Current current) {
        return compiled.get(current.revision(),
                revision -> BriefCompiler.compile(current.inputs(), revision, clock.instant()));
    }

    public byte[] render(Current current, BriefFormat format, Locale language) {
        return render("revision:" + current.revision(), () -> brief(current), format, language);
    }

    /**
     * Renders the brief that {@code source} names (a revision, an edition) once per format and language.
     * What a source names never changes, so its renderings never go stale.
     */
    public byte[] render(String source, Supplier<Brief> brief, BriefFormat format, Locale language) {
        return rendered.get(source + "/" + format + "/" + language.getLanguage(),
                key -> renderer.render(brief.get(), format, language));
    }

    BriefInputs inputs(int year) {
        Optional<Cycle> cycle = call(() -> optional(() -> registry.cycle(year)));
        List<RegisteredContribution> latest = call(() -> registry.contributions(year, false));
        return new BriefInputs(
                year,
                cycle,
                cycle.isPresent() ? call(() -> optional(() -> registry.completeness(year))) : Optional.empty(),
                call(() -> registry.contributions(year, true)),
                latest.stream().filter(r -> r.review().state() != ReviewState.ACCEPTED).toList(),
                call(registry::reference),
                call(() -> registry.contributions(year - 1, true)));
    }

    private static <T> Optional<T> optional(Supplier<T> request) {
        try {
            return Optional.of(request.get());
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (ProcessingException | WebApplicationException e) {
            throw new RegistryUnavailableException(e);
        }
    }

    /** The inputs of a brief as they are now, with their revision. */
    public record Current(BriefInputs inputs, String revision) {
    }
}
