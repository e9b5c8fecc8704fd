package asean.review.report.service;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import asean.review.contract.api.Cycle;
import asean.review.report.brief.Brief;
import asean.review.report.brief.BriefCompiler;
import asean.review.report.brief.BriefInputs;
import asean.review.report.client.RegistryClient;

/** Gathers a year's data from the registry and compiles the brief. */
@ApplicationScoped
public class BriefService {

    private final RegistryClient registry;
    private final Clock clock;

    public BriefService(@RestClient RegistryClient registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    public Brief brief(int year) {
        return BriefCompiler.compile(inputs(year), clock.instant());
    }

    BriefInputs inputs(int year) {
        Optional<Cycle> cycle = call(() -> optional(() -> registry.cycle(year)));
        return new BriefInputs(
                year,
                cycle,
                cycle.isPresent() ? call(() -> optional(() -> registry.completeness(year))) : Optional.empty(),
                call(() -> registry.contributions(year)),
                call(registry::reference));
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
}
