package asean.review.registry.rest;

import java.util.List;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import asean.review.contract.Problem;
import asean.review.contract.Problem.FieldError;
import asean.review.contract.ProblemResponses;
import asean.review.registry.service.InvalidRequestException;

/** Every error of this service as RFC 9457 problem details. */
public class ProblemMapper {

    @ServerExceptionMapper
    public Response invalid(InvalidRequestException e) {
        return ProblemResponses.of(new Problem("about:blank", "Invalid request", 400, e.getMessage(), e.errors()));
    }

    @ServerExceptionMapper
    public Response violated(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(java.util.Comparator.comparing(FieldError::field))
                .toList();
        return ProblemResponses.of(new Problem("about:blank", "Invalid request", 400,
                errors.size() + " field(s) are invalid", errors));
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

    /** {@code put.cycle.deadline} names the method and parameter first; the client knows only {@code deadline}. */
    private static String fieldOf(String path) {
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }
}
