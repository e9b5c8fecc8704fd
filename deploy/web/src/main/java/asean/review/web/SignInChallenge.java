package asean.review.web;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import asean.review.contract.ProblemMappers;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * A page opened without a session (or with one Keycloak ended) answers with the pages' OIDC tenant's own challenge:
 * a redirect to Keycloak's sign-in page, and back to that page afterwards. The API keeps its problem documents.
 */
public class SignInChallenge {

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Uni<Response> notSignedIn(UnauthorizedException e, RoutingContext context) {
        return PagesTenant.isPage(context) ? challenge(context)
                : Uni.createFrom().item(new ProblemMappers.NotAuthenticated().toResponse(e));
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Uni<Response> sessionEnded(AuthenticationFailedException e, RoutingContext context) {
        return PagesTenant.isPage(context) ? challenge(context)
                : Uni.createFrom().item(new ProblemMappers.AuthenticationFailed().toResponse(e));
    }

    private static Uni<Response> challenge(RoutingContext context) {
        HttpAuthenticator authenticator = context.get(HttpAuthenticator.class.getName());
        return authenticator.getChallenge(context).map(challenge -> {
            Response.ResponseBuilder response = Response.status(challenge.status);
            challenge.getHeaders().forEach((name, value) -> response.header(name.toString(), value));
            return response.build();
        });
    }
}
