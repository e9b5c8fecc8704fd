package asean.review.report.web;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import asean.review.contract.ProblemMappers;
import asean.review.contract.auth.Roles;
import asean.review.report.web.PageException.Kind;
import asean.review.web.PagesTenant;
import io.quarkus.security.ForbiddenException;
import io.vertx.ext.web.RoutingContext;

/**
 * A signed-in user who is not the office (a ministry's officer) gets a page saying these pages are the office's; the
 * API keeps its problem documents. (A page opened without a session: {@link asean.review.web.SignInChallenge}.)
 */
public class PageAccess {

    private final PageErrors errors;

    public PageAccess(PageErrors errors) {
        this.errors = errors;
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response wrongRole(ForbiddenException e, RoutingContext context) {
        return PagesTenant.isPage(context)
                ? errors.page(new PageException(Kind.WRONG_ROLE, "these pages are for the national coordination"
                        + " office (role " + Roles.COORDINATOR + ")"))
                : new ProblemMappers.RoleForbidden().toResponse(e);
    }
}
