package asean.review.registry.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import asean.review.contract.Problem;
import asean.review.contract.api.RegisteredContribution;
import asean.review.contract.api.ReviewDecision;
import asean.review.contract.auth.Caller;
import asean.review.contract.auth.Roles;
import asean.review.registry.service.ContributionQueryService;
import asean.review.registry.service.ReviewService;

@Path("/api/v1/contributions")
@Produces(MediaType.APPLICATION_JSON)
public class ContributionQueryResource {

    private final ContributionQueryService queries;
    private final ReviewService reviews;
    private final Caller caller;

    public ContributionQueryResource(ContributionQueryService queries, ReviewService reviews, Caller caller) {
        this.queries = queries;
        this.reviews = reviews;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.SUBMITTER, Roles.COORDINATOR })
    @Operation(summary = "The latest version of every contribution matching the filters (with accepted=true, the"
            + " latest accepted version); a submitter sees only its own ministry's")
    @APIResponse(responseCode = "200", description = "The latest versions")
    @APIResponse(responseCode = "403", description = "A submitter filtering by another ministry",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "forbidden", ref = "forbidden")))
    public List<RegisteredContribution> current(@QueryParam("year") Integer year,
            @QueryParam("ministry") String ministry, @QueryParam("pillar") String pillar,
            @QueryParam("area") String area, @QueryParam("accepted") boolean accepted) {
        String visible = ministry;
        if (!caller.isCoordinator()) {
            visible = caller.ministry().orElse("");
            if (ministry != null) {
                caller.checkSpeaksFor(ministry);
            }
        }
        return queries.latest(year, visible, pillar, area, accepted);
    }

    @GET
    @Path("/{year}/versions")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Every version of every contribution of the year, by ministry, area and version, each with"
            + " its review")
    public List<RegisteredContribution> versionsOfYear(@PathParam("year") int year) {
        return queries.versionsOfYear(year);
    }

    @GET
    @Path("/{year}/{ministry}/{area}/versions")
    @RolesAllowed({ Roles.SUBMITTER, Roles.COORDINATOR })
    @Operation(summary = "Every version of one contribution, oldest first, each with its review")
    @APIResponse(responseCode = "200", description = "The versions, oldest first")
    @APIResponse(responseCode = "403", description = "A submitter asking for another ministry's contribution",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "forbidden", ref = "forbidden")))
    @APIResponse(responseCode = "404", description = "No such contribution is registered")
    public List<RegisteredContribution> history(@PathParam("year") int year, @PathParam("ministry") String ministry,
            @PathParam("area") String area) {
        caller.checkMayRead(ministry);
        List<RegisteredContribution> versions = queries.history(year, ministry, area);
        if (versions.isEmpty()) {
            throw new NotFoundException("no contribution " + year + ":" + ministry + ":" + area + " is registered");
        }
        return versions;
    }

    @POST
    @Path("/{year}/{ministry}/{area}/versions/{version}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Accept the latest version, or return it with a message the ministry reads with it")
    @APIResponse(responseCode = "200", description = "The version, with its review")
    @APIResponse(responseCode = "400", description = "No decision, or a return without its message",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "invalid-request", ref = "invalid-request")))
    @APIResponse(responseCode = "404", description = "No such version is registered")
    @APIResponse(responseCode = "409", description = "A later version superseded this one: review the latest")
    public RegisteredContribution review(@PathParam("year") int year, @PathParam("ministry") String ministry,
            @PathParam("area") String area, @PathParam("version") int version,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
                    @ExampleObject(name = "accept", ref = "review-accept"),
                    @ExampleObject(name = "return", ref = "review-return") }))
            @NotNull @Valid ReviewDecision decision) {
        return reviews.review(year, ministry, area, version, decision, caller.name());
    }
}
