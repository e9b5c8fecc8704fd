package asean.review.web;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

/**
 * The language switch: remembers the choice in a cookie and goes back to the page it came from. Only a path of this
 * site is followed ({@code /...}, never {@code //host} or {@code https://...}): anything else goes home.
 */
@Path("/language")
@PermitAll
public class LanguageResource {

    private static final int ONE_YEAR = 365 * 24 * 3600;

    @GET
    public Response choose(@QueryParam("lang") String lang, @QueryParam("return") String back) {
        Response.ResponseBuilder answer = Response.seeOther(URI.create(localPath(back)));
        if (PageLocale.supported(lang)) {
            answer.cookie(new NewCookie.Builder(PageLocale.COOKIE).value(lang).path("/").maxAge(ONE_YEAR)
                    .httpOnly(true).sameSite(NewCookie.SameSite.LAX).build());
        }
        return answer.build();
    }

    /** {@code back} if it is a path on this site, else {@code /}. */
    public static String localPath(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.startsWith("/\\")
                || back.chars().anyMatch(c -> c < 0x21 || c == '\\' || c > 0x7e)) {
            return "/";
        }
        try {
            URI uri = new URI(back);
            if (uri.getScheme() != null || uri.getRawAuthority() != null) {
                return "/";
            }
        } catch (java.net.URISyntaxException e) {
            return "/";
        }
        return back;
    }
}
