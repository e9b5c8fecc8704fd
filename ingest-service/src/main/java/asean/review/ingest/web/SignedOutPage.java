package asean.review.ingest.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Where Keycloak sends the officer back after signing out ({@code quarkus.oidc.web.logout.post-logout-path}). */
@Path("/signed-out")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class SignedOutPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signedOut(Page page);
    }

    private final PageLocale locale;

    public SignedOutPage(PageLocale locale) {
        this.locale = locale;
    }

    @GET
    public TemplateInstance signedOut() {
        return Templates.signedOut(new Page(locale.lang(), "/signed-out", null, null, null)).setLocale(locale.locale());
    }
}
