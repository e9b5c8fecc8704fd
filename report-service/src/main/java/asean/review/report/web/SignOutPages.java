package asean.review.report.web;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * Signing out: {@code POST /sign-out} ({@code quarkus.oidc.web.logout.path}) ends the session here and at Keycloak,
 * which then sends the user to {@code /signed-out} ({@code logout.post-logout-path}).
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignOutPages {

    @CheckedTemplate(basePath = "office")
    static class Templates {
        static native TemplateInstance signedOut(OfficePage page);
    }

    private final OfficePages pages;

    public SignOutPages(OfficePages pages) {
        this.pages = pages;
    }

    /** Never answered here: the OIDC tenant ends the session when it authenticates this request. */
    @POST
    @Path("sign-out")
    @Authenticated
    public Response signOut() {
        return Response.seeOther(URI.create("/signed-out")).build();
    }

    @GET
    @Path("signed-out")
    @PermitAll
    public TemplateInstance signedOut() {
        return pages.localized(Templates.signedOut(new OfficePage(pages.lang(), "/signed-out", null, 0, "")));
    }
}
