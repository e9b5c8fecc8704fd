package asean.review.ingest.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import asean.review.contract.Problem;
import asean.review.contract.ProblemResponses;
import asean.review.ingest.service.IdempotencyConflictException;
import asean.review.ingest.service.InvalidContributionException;
import asean.review.ingest.service.PublishFailedException;

/** Every error of this service as RFC 9457 problem details. */
public class ProblemMapper {

    @ServerExceptionMapper
    public Response invalid(InvalidContributionException e) {
        return ProblemResponses.of(Problem.invalid(e.getMessage(), e.errors()));
    }

    @ServerExceptionMapper
    public Response conflict(IdempotencyConflictException e) {
        return ProblemResponses.of(Problem.of(422, "Idempotency-Key reused", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response unavailable(PublishFailedException e) {
        return Response.fromResponse(ProblemResponses.of(Problem.of(503, "Service Unavailable", e.getMessage())))
                .header("Retry-After", "10")
                .build();
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        return ProblemResponses.unreadableJson(e);
    }

    /** Declared apart from its parent type so that it takes precedence over Quarkus's built-in mapper. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return ProblemResponses.unreadableJson(e);
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
