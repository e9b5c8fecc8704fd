package asean.review.registry.rest;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import asean.review.contract.Problem;
import asean.review.contract.ProblemMappers;
import asean.review.registry.service.InvalidRequestException;

/** This service's own errors as RFC 9457 problems; the shared ones are in {@link ProblemMappers}. */
public class ProblemMapper {

    @ServerExceptionMapper
    public Response invalid(InvalidRequestException e) {
        return ProblemMappers.of(Problem.invalid("Invalid request", e.getMessage(), e.errors()));
    }
}
