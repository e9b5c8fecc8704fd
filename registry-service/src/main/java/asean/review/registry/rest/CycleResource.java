package asean.review.registry.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import asean.review.contract.Problem;
import asean.review.contract.api.Completeness;
import asean.review.contract.api.Cycle;
import asean.review.contract.auth.Caller;
import asean.review.contract.auth.Roles;
import asean.review.registry.service.CycleService;

@Path("/api/v1/cycles")
@Produces(MediaType.APPLICATION_JSON)
public class CycleResource {

    private final CycleService cycles;
    private final Caller caller;

    public CycleResource(CycleService cycles, Caller caller) {
        this.cycles = cycles;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.SUBMITTER, Roles.COORDINATOR })
    @Operation(summary = "Every reporting cycle, the newest year first (what a ministry's home page lists)")
    public List<Cycle> all() {
        return cycles.all();
    }

    @GET
    @Path("/{year}")
    @RolesAllowed({ Roles.SUBMITTER, Roles.COORDINATOR })
    @Operation(summary = "The reporting cycle of a year (its deadline and expected ministries)")
    @APIResponse(responseCode = "200", description = "The cycle")
    @APIResponse(responseCode = "404", description = "The year's cycle is not set")
    public Cycle get(@PathParam("year") int year) {
        return cycles.find(year).orElseThrow(() -> notSet(year));
    }

    @PUT
    @Path("/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Open or change the reporting cycle of a year")
    @APIResponse(responseCode = "200", description = "The cycle as stored")
    @APIResponse(responseCode = "400",
            description = "A field breaks its rule, or names a ministry that does not exist in the year",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "invalid-request", ref = "invalid-request")))
    public Cycle put(@PathParam("year") int year,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "cycle", ref = "cycle"))) @NotNull @Valid Cycle cycle) {
        return cycles.put(year, cycle, caller.name());
    }

    @GET
    @Path("/{year}/completeness")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Each expected ministry as on time or late (accepted), pending review, returned or missing,"
            + " and those that reported unasked")
    @APIResponse(responseCode = "200", description = "The completeness of the year")
    @APIResponse(responseCode = "404", description = "The year's cycle is not set")
    public Completeness completeness(@PathParam("year") int year) {
        return cycles.completeness(year).orElseThrow(() -> notSet(year));
    }

    private static NotFoundException notSet(int year) {
        return new NotFoundException("the reporting cycle of " + year + " is not set; PUT /api/v1/cycles/" + year);
    }
}
