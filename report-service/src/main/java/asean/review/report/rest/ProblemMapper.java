package asean.review.report.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import asean.review.contract.Problem;
import asean.review.contract.ProblemResponses;
import asean.review.report.service.RegistryUnavailableException;

/** Every error of this service as RFC 9457 problem details. */
public class ProblemMapper {

    @ServerExceptionMapper
    public Response unavailable(RegistryUnavailableException e) {
        org.jboss.logging.Logger.getLogger(ProblemMapper.class).warn(e.getMessage(), e.getCause());
        return ProblemResponses.of(Problem.of(503, "Service Unavailable", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        return ProblemResponses.webApplication(e);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        return ProblemResponses.unexpected(e);
    }
}
