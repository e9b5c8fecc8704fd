package asean.review.report.rest;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import asean.review.contract.Problem;
import asean.review.contract.ProblemMappers;
import asean.review.contract.ProblemType;
import asean.review.report.service.RegistryUnavailableException;

/** This service's own errors as RFC 9457 problems; the shared ones are in {@link ProblemMappers}. */
public class ProblemMapper {

    @ServerExceptionMapper
    public Response unavailable(RegistryUnavailableException e) {
        org.jboss.logging.Logger.getLogger(ProblemMapper.class).warn(e.getMessage(), e.getCause());
        return ProblemMappers.of(Problem.of(ProblemType.SERVICE_UNAVAILABLE, e.getMessage()));
    }
}
