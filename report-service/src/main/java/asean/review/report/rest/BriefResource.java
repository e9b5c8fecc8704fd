package asean.review.report.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import asean.review.contract.auth.Roles;
import asean.review.report.service.BriefService;

@Path("/api/v1/briefs")
@RolesAllowed(Roles.COORDINATOR)
public class BriefResource {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final BriefService briefs;

    public BriefResource(BriefService briefs) {
        this.briefs = briefs;
    }

    @GET
    @Path("/{year}")
    @Operation(summary = "The year-end review brief, compiled from the registry's current data;"
            + " format by Accept or ?format=md|html|json|pdf|docx, language by Accept-Language or ?lang=en|vi")
    @APIResponse(responseCode = "200", description = "The brief", content = {
            @Content(mediaType = "text/markdown"), @Content(mediaType = "text/html"),
            @Content(mediaType = "application/json"), @Content(mediaType = "application/pdf"),
            @Content(mediaType = DOCX) })
    @APIResponse(responseCode = "304", description = "The client's copy (If-None-Match) is current")
    @APIResponse(responseCode = "400", description = "A year out of 2000..2100, an unknown format or language")
    @APIResponse(responseCode = "503", description = "The registry could not be reached; retry later")
    public Response brief(@PathParam("year") int year, @QueryParam("format") String format,
            @QueryParam("lang") String lang, @Context HttpHeaders headers, @Context Request request) {
        checkYear(year);
        BriefNegotiation chosen = BriefNegotiation.of(format, lang, headers);
        BriefService.Current current = briefs.current(year);
        return chosen.respond(request, current.revision().substring(0, 32), current.revision(),
                "asean-review-" + year, () -> briefs.render(current, chosen.format(), chosen.language()));
    }

    static void checkYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new BadRequestException("year must be between 2000 and 2100");
        }
    }
}
