package asean.review.web;

import jakarta.ws.rs.core.Response;

import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * A page opened without a session (or with one Keycloak ended) answers with the pages' OIDC tenant's own challenge:
 * a redirect to Keycloak's sign-in page, and back to that page afterwards.
 */
public final class SignInChallenge {

    private SignInChallenge() {
    }

    public static Uni<Response> of(RoutingContext context) {
        HttpAuthenticator authenticator = context.get(HttpAuthenticator.class.getName());
        return authenticator.getChallenge(context).map(challenge -> {
            Response.ResponseBuilder response = Response.status(challenge.status);
            challenge.getHeaders().forEach((name, value) -> response.header(name.toString(), value));
            return response.build();
        });
    }
}
