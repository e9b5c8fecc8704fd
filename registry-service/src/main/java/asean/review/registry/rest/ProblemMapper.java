package asean.review.registry.rest;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import asean.review.contract.Problem;
import asean.review.contract.ProblemMappers;
import asean.review.registry.service.InvalidRequestException;
import asean.review.registry.service.KafkaUnavailableException;

/** This service's own errors as RFC 9457 problems; the shared ones are in {@link ProblemMappers}. */
public class ProblemMapper {

    @ServerExceptionMapper
    public Response invalid(InvalidRequestException e) {
        return ProblemMappers.of(Problem.invalid("Invalid request", e.getMessage(), e.errors()));
    }

    @ServerExceptionMapper
    public Response unavailable(KafkaUnavailableException e) {
        return Response.fromResponse(ProblemMappers.of(Problem.of(503, "Service Unavailable", e.getMessage())))
                .header("Retry-After", "10")
                .build();
    }
}
