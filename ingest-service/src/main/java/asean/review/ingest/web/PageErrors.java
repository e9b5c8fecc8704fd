package asean.review.ingest.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import asean.review.ingest.service.DraftStoreUnavailableException;
import asean.review.ingest.web.PageException.Kind;
import asean.review.web.CsrfRefusal;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;

/**
 * The pages' failures as pages in the officer's language (the API keeps its problem documents): not found or not
 * his, the registry's refusal or failure with its detail, and a form post the CSRF check refused.
 */
public class PageErrors {


    @CheckedTemplate(basePath = "")
    static class Templates {
        static native TemplateInstance error(Page page, String titleKey, String adviceKey, String detail);
    }

    private final Pages pages;

    public PageErrors(Pages pages) {
        this.pages = pages;
    }

    @ServerExceptionMapper
    public Response page(PageException e) {
        return Response.status(e.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(render(e.kind(), e.getMessage()).render()).build();
    }

    @ServerExceptionMapper
    public Response drafts(DraftStoreUnavailableException e) {
        return page(new PageException(Kind.UNAVAILABLE, e.getMessage()));
    }

    /**
     * The CSRF filter refuses a form post without a matching token with a bare 400; a person gets a page saying what
     * happened and what to do, with 403.
     */
    @ServerResponseFilter
    public void csrfRefusal(ContainerRequestContext request, ContainerResponseContext response,
            RoutingContext routing) {
        if (CsrfRefusal.is(request, response, routing)) {
            response.setStatus(403);
            response.setEntity(render(null, null).render(), null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        }
    }

    private TemplateInstance render(Kind kind, String detail) {
        String key = kind == null ? "csrf" : kind.name();
        return pages.localized(Templates.error(pages.safePage(), "error_title_" + key, "error_advice_" + key,
                detail));
    }
}
