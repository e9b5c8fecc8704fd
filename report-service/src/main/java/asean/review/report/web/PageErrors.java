package asean.review.report.web;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import asean.review.contract.Problem;
import asean.review.contract.ProblemType;
import asean.review.report.rest.ProblemMapper;
import asean.review.report.service.RegistryUnavailableException;
import asean.review.report.web.PageException.Kind;
import asean.review.web.CsrfRefusal;
import asean.review.web.PagesTenant;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;

/**
 * The office pages' failures as pages in the user's language (the API keeps its problem documents): not found, the
 * registry's refusal or failure with its detail, the wrong role, and a form post the CSRF check refused (a form
 * posted to the API is a problem saying the API takes none).
 */
public class PageErrors {


    @CheckedTemplate(basePath = "office")
    static class Templates {
        static native TemplateInstance error(OfficePage page, String titleKey, String adviceKey, String detail);
    }

    private final OfficePages pages;

    public PageErrors(OfficePages pages) {
        this.pages = pages;
    }

    @ServerExceptionMapper
    public Response page(PageException e) {
        return Response.status(e.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(render(e.kind(), e.getMessage()).render()).build();
    }

    /** The registry down while a page of the brief was asked for: a page saying so; the API keeps its problem. */
    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response registryDown(RegistryUnavailableException e, RoutingContext context) {
        return PagesTenant.isPage(context) ? page(new PageException(Kind.UNAVAILABLE, e.getMessage()))
                : new ProblemMapper().unavailable(e);
    }

    /**
     * The CSRF filter refuses a form post without a matching token with a bare 400; a person gets a page saying what
     * happened and what to do, with 403.
     */
    @ServerResponseFilter
    public void csrfRefusal(ContainerRequestContext request, ContainerResponseContext response,
            RoutingContext routing) {
        if (CsrfRefusal.is(request, response, routing)) {
            if (PagesTenant.isPage(routing)) {
                response.setStatus(403);
                response.setEntity(render(null, null).render(), null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
            } else {
                response.setEntity(Problem.of(ProblemType.BAD_REQUEST, "the API takes JSON, or no body, never a form"),
                        null, MediaType.valueOf(Problem.MEDIA_TYPE));
            }
        }
    }

    private TemplateInstance render(Kind kind, String detail) {
        String key = kind == null ? "csrf" : kind.name();
        return pages.localized(Templates.error(pages.safePage(), "error_title_" + key, "error_advice_" + key,
                detail));
    }
}
