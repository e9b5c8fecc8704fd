package asean.review.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;

import io.vertx.ext.web.RoutingContext;

/**
 * Tells a form post the CSRF filter refused (its bare 400) from any other 400, so that a portal can answer a person
 * with a page saying what happened and what to do.
 */
public final class CsrfRefusal {

    /** Set by the CSRF filter once a form's token matched its cookie. */
    private static final String VERIFIED = "csrf_token_verified";

    private CsrfRefusal() {
    }

    public static boolean is(ContainerRequestContext request, ContainerResponseContext response,
            RoutingContext routing) {
        MediaType type = request.getMediaType();
        boolean form = type != null && (MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(type)
                || MediaType.MULTIPART_FORM_DATA_TYPE.isCompatible(type));
        return response.getStatus() == 400 && !response.hasEntity() && "POST".equals(request.getMethod()) && form
                && routing.get(VERIFIED) == null;
    }
}
