package asean.review.registry.rest;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import asean.review.contract.Problem;
import asean.review.contract.ProblemMappers;
import asean.review.contract.ProblemType;
import asean.review.registry.service.InvalidRequestException;
import asean.review.registry.service.KafkaUnavailableException;

/** This service's own errors as RFC 9457 problems; the shared ones are in {@link ProblemMappers}. */
public class ProblemMapper {

    @ServerExceptionMapper
    public Response invalid(InvalidRequestException e) {
        return ProblemMappers.of(Problem.invalid(ProblemType.INVALID_REQUEST, e.getMessage(), e.errors()));
    }

    @ServerExceptionMapper
    public Response unavailable(KafkaUnavailableException e) {
        return Response.fromResponse(ProblemMappers.of(Problem.of(ProblemType.SERVICE_UNAVAILABLE, e.getMessage())))
                .header("Retry-After", "10")
                .build();
    }
}
