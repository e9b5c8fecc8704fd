package asean.review.ingest.web;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import asean.review.contract.ProblemMappers;
import asean.review.contract.auth.Caller;
import asean.review.web.PagesTenant;
import io.quarkus.security.ForbiddenException;
import io.vertx.ext.web.RoutingContext;

/**
 * A signed-in user whose role may not use a page gets a page saying so: a ministry's officer on the office's pages for
 * entering on a ministry's behalf, anyone else on the officers' pages. The API keeps its problem documents. (A page
 * opened without a session: {@link asean.review.web.SignInChallenge}.)
 */
public class PageAccess {

    private final PageErrors errors;
    private final Caller caller;

    public PageAccess(PageErrors errors, Caller caller) {
        this.errors = errors;
        this.caller = caller;
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response wrongRole(ForbiddenException e, RoutingContext context) {
        if (!PagesTenant.isPage(context)) {
            return new ProblemMappers.RoleForbidden().toResponse(e);
        }
        return errors.page(caller.isSubmitter() ? PageException.officeOnly() : PageException.wrongRole());
    }
}
