package asean.review.ingest.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import asean.review.web.PageLocale;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * Signing out: {@code POST /sign-out} ({@code quarkus.oidc.web.logout.path}) ends the session here and at Keycloak,
 * which then sends the officer to {@code /signed-out} ({@code logout.post-logout-path}).
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignOutPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signedOut(Page page);
    }

    private final PageLocale locale;

    public SignOutPages(PageLocale locale) {
        this.locale = locale;
    }

    /**
     * Never answered here: the OIDC tenant ends the session and redirects to Keycloak when it authenticates this
     * request (authentication is lazy, so the path needs a resource that asks for it).
     */
    @POST
    @Path("sign-out")
    @Authenticated
    public Response signOut() {
        return Response.seeOther(java.net.URI.create("/signed-out")).build();
    }

    @GET
    @Path("signed-out")
    @PermitAll
    public TemplateInstance signedOut() {
        return Templates.signedOut(new Page(locale.lang(), "/signed-out", null, null, null, false))
                .setLocale(locale.locale());
    }
}
