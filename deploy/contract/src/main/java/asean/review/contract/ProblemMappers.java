package asean.review.contract;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolationException;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.jboss.logging.Logger;

import asean.review.contract.auth.Roles;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The failures every service shares, answered as RFC 9457 problems. The nested providers are
 * discovered by each service (this library is a bean archive); a service maps its own exceptions
 * with {@link #of(Problem)}.
 */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private ProblemMappers() {
    }

    @Provider
    public static class UnreadableJson implements ExceptionMapper<JsonProcessingException> {
        @Override
        public Response toResponse(JsonProcessingException e) {
            return unreadableJson(e);
        }
    }

    /** Declared apart from its parent type so that it takes precedence over Quarkus's built-in mapper. */
    @Provider
    public static class MismatchedInput implements ExceptionMapper<MismatchedInputException> {
        @Override
        public Response toResponse(MismatchedInputException e) {
            return unreadableJson(e);
        }
    }

    /** Bean Validation of a request body or parameter; each field named as the client knows it. */
    @Provider
    public static class Violations implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                    .map(v -> new Problem.FieldError(fieldOf(v.getPropertyPath().toString()), v.getMessage()))
                    .sorted(Comparator.comparing(Problem.FieldError::field))
                    .toList();
            return of(Problem.invalid(ProblemType.INVALID_REQUEST, errors.size() + " field(s) are invalid", errors));
        }

        /** {@code put.cycle.deadline} names the method and parameter first; the client knows {@code deadline}. */
        private static String fieldOf(String path) {
            String[] parts = path.split("\\.", 3);
            return parts.length == 3 ? parts[2] : parts[parts.length - 1];
        }
    }

    @Provider
    public static class WebApplication implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            return webApplication(e);
        }
    }

    /** No bearer token on an operation that needs one. */
    @Provider
    public static class NotAuthenticated implements ExceptionMapper<UnauthorizedException> {
        @Override
        public Response toResponse(UnauthorizedException e) {
            return unauthorized("this operation needs a bearer token (Authorization: Bearer <JWT>)");
        }
    }

    /** A token that is malformed, expired, from another issuer or signed by an unknown key. */
    @Provider
    public static class AuthenticationFailed implements ExceptionMapper<AuthenticationFailedException> {
        @Override
        public Response toResponse(AuthenticationFailedException e) {
            return unauthorized("the bearer token is not valid: it is malformed, expired, from another issuer"
                    + " or not signed by the trusted key");
        }
    }

    /** A valid token whose role may not do this. */
    @Provider
    public static class RoleForbidden implements ExceptionMapper<io.quarkus.security.ForbiddenException> {
        @Override
        public Response toResponse(io.quarkus.security.ForbiddenException e) {
            return of(Problem.of(ProblemType.WRONG_ROLE, "the token's role may not do this; roles are '"
                    + Roles.SUBMITTER + "' (a ministry) and '" + Roles.COORDINATOR + "' (the office)"));
        }
    }

    /** Anything unexpected: logged, and the client sees no stack trace. */
    @Provider
    public static class Unexpected implements ExceptionMapper<Exception> {
        @Override
        public Response toResponse(Exception e) {
            LOG.error("unexpected failure", e);
            return of(Problem.of(ProblemType.INTERNAL_ERROR, "an unexpected error occurred; it has been logged"));
        }
    }

    public static Response of(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static Response unauthorized(String detail) {
        return Response.fromResponse(of(Problem.of(ProblemType.UNAUTHORIZED, detail)))
                .header("WWW-Authenticate", "Bearer").build();
    }

    /** A body that is not JSON, or JSON that does not fit the expected shape. */
    static Response unreadableJson(JsonProcessingException e) {
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        String detail;
        if (e instanceof UnrecognizedPropertyException unknown) {
            detail = "unknown field '" + path(unknown) + "'" + where
                    + "; the known fields are " + unknown.getKnownPropertyIds();
        } else if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            detail = "field '" + path(mapping) + "' has the wrong type" + where + ": " + e.getOriginalMessage();
        } else {
            detail = "the body is not well-formed JSON" + where + ": " + e.getOriginalMessage();
        }
        return of(Problem.of(ProblemType.UNREADABLE_BODY, detail));
    }

    static Response webApplication(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json);
        }
        if (e instanceof NotSupportedException) {
            return of(Problem.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, "send the body as application/json"));
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (status.getStatusCode() >= 500) {
            LOG.error("request failed", e);
        }
        return of(Problem.ofStatus(status.getStatusCode(), status.getReasonPhrase(), e.getMessage()));
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }
}
