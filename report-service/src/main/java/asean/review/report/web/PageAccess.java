package asean.review.report.web;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import asean.review.contract.ProblemMappers;
import asean.review.contract.auth.Roles;
import asean.review.report.web.PageException.Kind;
import asean.review.web.PagesTenant;
import asean.review.web.SignInChallenge;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * A page opened without a session sends the user to sign in, and back afterwards; a signed-in user who is not the
 * office (a ministry's officer) gets a page saying these pages are the office's. The API keeps its problem documents.
 */
public class PageAccess {

    private final PageErrors errors;

    public PageAccess(PageErrors errors) {
        this.errors = errors;
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Uni<Response> notSignedIn(UnauthorizedException e, RoutingContext context) {
        return PagesTenant.isPage(context) ? SignInChallenge.of(context)
                : Uni.createFrom().item(new ProblemMappers.NotAuthenticated().toResponse(e));
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Uni<Response> sessionEnded(AuthenticationFailedException e, RoutingContext context) {
        return PagesTenant.isPage(context) ? SignInChallenge.of(context)
                : Uni.createFrom().item(new ProblemMappers.AuthenticationFailed().toResponse(e));
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response wrongRole(ForbiddenException e, RoutingContext context) {
        return PagesTenant.isPage(context)
                ? errors.page(new PageException(Kind.WRONG_ROLE, "these pages are for the national coordination"
                        + " office (role " + Roles.COORDINATOR + ")"))
                : new ProblemMappers.RoleForbidden().toResponse(e);
    }
}
