package asean.review.report.web;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import asean.review.contract.Problem;
import asean.review.contract.api.AuditEntry;
import asean.review.contract.api.Completeness;
import asean.review.contract.api.Cycle;
import asean.review.contract.api.DeadLetterEntry;
import asean.review.contract.api.ImportResult;
import asean.review.contract.api.RegisteredContribution;
import asean.review.contract.api.ReviewDecision;
import asean.review.report.client.RegistryClient;
import asean.review.report.web.PageException.Kind;

/**
 * What the office's pages read from and change in the registry, with the signed-in user's token. A refused change
 * (400, 409) is a {@link Refusal} the form shows beside its fields; any other failure is a {@link PageException}.
 */
@ApplicationScoped
public class Registry {

    private static final Logger LOG = Logger.getLogger(Registry.class);

    private final RegistryClient client;

    public Registry(@RestClient RegistryClient client) {
        this.client = client;
    }

    public List<Cycle> cycles() {
        return call(client::cycles);
    }

    public Optional<Cycle> cycle(int year) {
        try {
            return Optional.of(call(() -> client.cycle(year)));
        } catch (PageException e) {
            if (e.kind() == Kind.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    public Cycle saveCycle(int year, Cycle cycle) {
        return change(() -> client.putCycle(year, cycle));
    }

    public Completeness completeness(int year) {
        return call(() -> client.completeness(year));
    }

    /** The latest version of every contribution of the year. */
    public List<RegisteredContribution> latest(int year) {
        return call(() -> client.contributions(year, false));
    }

    /** Every version of one contribution, oldest first. */
    public List<RegisteredContribution> history(int year, String ministry, String area) {
        return call(() -> client.history(year, ministry, area));
    }

    public List<AuditEntry> audit(int year, String ministry, String area) {
        return call(() -> client.audit(year, ministry, area));
    }

    public RegisteredContribution review(int year, String ministry, String area, int version,
            ReviewDecision decision) {
        return change(() -> client.review(year, ministry, area, version, decision));
    }

    public List<DeadLetterEntry> deadLetters() {
        return call(client::deadLetters);
    }

    public void replay(int partition, long offset) {
        call(() -> client.replay(partition, offset));
    }

    public ImportResult importYear(int year, List<JsonNode> contributions) {
        return change(() -> client.importYear(year, contributions));
    }

    /** A change the registry may refuse for a reason the user can fix. */
    private static <T> T change(Supplier<T> request) {
        try {
            return request.get();
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 400 || status == 409 || status == 422) {
                throw new Refusal(problem(e.getResponse()));
            }
            throw failure(e);
        } catch (ProcessingException e) {
            throw unreachable(e);
        }
    }

    private static <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (WebApplicationException e) {
            throw failure(e);
        } catch (ProcessingException e) {
            throw unreachable(e);
        }
    }

    private static PageException failure(WebApplicationException e) {
        Response response = e.getResponse();
        int status = response.getStatus();
        String detail = problem(response).detail();
        Kind kind = switch (status) {
            case 404 -> Kind.NOT_FOUND;
            case 503 -> Kind.UNAVAILABLE;
            default -> Kind.REGISTRY_ERROR;
        };
        if (kind == Kind.REGISTRY_ERROR) {
            LOG.warnf("registry answered %d: %s", status, detail);
        }
        return new PageException(kind, detail);
    }

    private static PageException unreachable(ProcessingException e) {
        LOG.warnf("registry unreachable: %s", e.getMessage());
        return new PageException(Kind.UNAVAILABLE, "the registry did not answer");
    }

    /** The registry's problem document, or one made of its status line when it sent none. */
    private static Problem problem(Response response) {
        try {
            Problem problem = response.readEntity(Problem.class);
            if (problem != null && problem.detail() != null) {
                return problem;
            }
        } catch (RuntimeException e) {
            // not a problem document
        }
        return Problem.ofStatus(response.getStatus(), response.getStatusInfo().getReasonPhrase(),
                response.getStatus() + " " + response.getStatusInfo().getReasonPhrase());
    }

    /** The registry refused a change; {@link #problem} says why, field by field where it can. */
    public static class Refusal extends RuntimeException {

        private final transient Problem problem;

        Refusal(Problem problem) {
            super(problem.detail());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }

        /** The registry's message for {@code field}, if it named that field. */
        public Optional<String> field(String field) {
            return problem.errors() == null ? Optional.empty()
                    : problem.errors().stream().filter(f -> f.field().startsWith(field))
                            .map(Problem.FieldError::message).findFirst();
        }
    }
}
