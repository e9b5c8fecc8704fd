package asean.review.report.client;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response.Status;

/** Keycloak's admin API cannot be used now: it does not answer, or it refuses this service's own account (503). */
public class KeycloakUnavailableException extends WebApplicationException {

    public KeycloakUnavailableException(String message, Throwable cause) {
        super(message, cause, Status.SERVICE_UNAVAILABLE);
    }
}
