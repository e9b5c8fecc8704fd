package asean.review.report.rest;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import asean.review.contract.auth.Caller;
import asean.review.contract.auth.Roles;
import asean.review.report.brief.Brief;
import asean.review.report.service.BriefService;
import asean.review.report.service.EditionService;
import asean.review.report.service.EditionView;

@Path("/api/v1/briefs/{year}/editions")
@RolesAllowed(Roles.COORDINATOR)
public class EditionResource {

    private final BriefService briefs;
    private final EditionService editions;
    private final Caller caller;

    public EditionResource(BriefService briefs, EditionService editions, Caller caller) {
        this.briefs = briefs;
        this.editions = editions;
        this.caller = caller;
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Freeze the current brief as the year's next edition, frozen by the caller")
    @APIResponse(responseCode = "201", description = "The edition, frozen")
    @APIResponse(responseCode = "400", description = "A year out of 2000..2100")
    @APIResponse(responseCode = "409", description = "Another request froze an edition at the same moment: freeze"
            + " again to get the next number")
    @APIResponse(responseCode = "503", description = "The registry could not be reached; retry later")
    public Response freeze(@PathParam("year") int year) {
        BriefResource.checkYear(year);
        Brief brief = briefs.brief(briefs.current(year));
        EditionView edition = editions.freeze(brief, caller.name());
        return Response.created(URI.create("/api/v1/briefs/" + year + "/editions/" + edition.number()))
                .entity(edition).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The editions of a year, oldest first")
    public List<EditionView> list(@PathParam("year") int year) {
        return editions.list(year);
    }

    @GET
    @Path("/{number}")
    @Operation(summary = "An edition in any format and language, the same however the data changed since")
    @APIResponse(responseCode = "200", description = "The edition, in the format and language asked for")
    @APIResponse(responseCode = "400", description = "An unknown format or language")
    @APIResponse(responseCode = "404", description = "No such edition")
    public Response edition(@PathParam("year") int year, @PathParam("number") int number,
            @QueryParam("format") String format, @QueryParam("lang") String lang, @Context HttpHeaders headers,
            @Context Request request) {
        BriefNegotiation chosen = BriefNegotiation.of(format, lang, headers);
        Brief brief = editions.brief(year, number).orElseThrow(() -> new NotFoundException(
                "no edition " + number + " of " + year + "; GET /api/v1/briefs/" + year + "/editions lists them"));
        String source = "edition-" + year + "-" + number;
        return chosen.respond(request, source, brief.revision(), "asean-review-" + year + "-edition-" + number,
                () -> briefs.render(source, () -> brief, chosen.format(), chosen.language()));
    }
}
