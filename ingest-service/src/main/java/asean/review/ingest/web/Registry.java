package asean.review.ingest.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import asean.review.contract.Problem;
import asean.review.contract.api.Cycle;
import asean.review.contract.api.RegisteredContribution;
import asean.review.contract.api.SubmissionStatus;
import asean.review.ingest.web.PageException.Kind;

/** What the pages read from the registry, its refusals and failures turned into {@link PageException}s. */
@ApplicationScoped
public class Registry {

    private static final Logger LOG = Logger.getLogger(Registry.class);

    private final RegistryClient client;

    public Registry(@RestClient RegistryClient client) {
        this.client = client;
    }

    /** The latest version of each of a ministry's contributions, every year. */
    public List<RegisteredContribution> contributions(String ministry) {
        return call(() -> client.contributions(null, ministry, null, null));
    }

    /** The latest accepted version of one contribution, if any. */
    public Optional<RegisteredContribution> accepted(int year, String ministry, String area) {
        return call(() -> client.contributions(year, ministry, area, true)).stream()
                .filter(c -> area.equals(c.contribution().area()))
                .findFirst();
    }

    public List<RegisteredContribution> versions(int year, String ministry, String area) {
        return call(() -> client.versions(year, ministry, area));
    }

    public SubmissionStatus submission(UUID id) {
        return call(() -> client.submission(id));
    }

    public List<Cycle> cycles() {
        return call(client::cycles);
    }

    private static <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (WebApplicationException e) {
            Response response = e.getResponse();
            int status = response.getStatus();
            String detail = detail(response);
            Kind kind = switch (status) {
                case 403 -> Kind.FORBIDDEN;
                case 404 -> Kind.NOT_FOUND;
                case 503 -> Kind.UNAVAILABLE;
                default -> Kind.REGISTRY_ERROR;
            };
            if (kind == Kind.REGISTRY_ERROR) {
                LOG.warnf("registry answered %d: %s", status, detail);
            }
            throw new PageException(kind, detail);
        } catch (ProcessingException e) {
            LOG.warnf("registry unreachable: %s", e.getMessage());
            throw new PageException(Kind.UNAVAILABLE, "the registry did not answer");
        }
    }

    /** The registry's problem detail, or its status line when it sent none. */
    private static String detail(Response response) {
        try {
            Problem problem = response.readEntity(Problem.class);
            if (problem != null && problem.detail() != null) {
                return problem.detail();
            }
        } catch (RuntimeException e) {
            // not a problem document
        }
        return response.getStatus() + " " + response.getStatusInfo().getReasonPhrase();
    }
}
