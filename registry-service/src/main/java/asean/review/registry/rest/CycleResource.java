package asean.review.registry.rest;

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

import asean.review.contract.api.Completeness;
import asean.review.contract.api.Cycle;
import asean.review.registry.service.CycleService;

@Path("/api/v1/cycles/{year}")
@Produces(MediaType.APPLICATION_JSON)
public class CycleResource {

    private final CycleService cycles;

    public CycleResource(CycleService cycles) {
        this.cycles = cycles;
    }

    @GET
    @Operation(summary = "The reporting cycle of a year")
    public Cycle get(@PathParam("year") int year) {
        return cycles.find(year).orElseThrow(() -> notSet(year));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open or change the reporting cycle of a year")
    public Cycle put(@PathParam("year") int year, @NotNull @Valid Cycle cycle) {
        return cycles.put(year, cycle);
    }

    @GET
    @Path("/completeness")
    @Operation(summary = "Each expected ministry as on time, late or missing, and those that reported unasked")
    public Completeness completeness(@PathParam("year") int year) {
        return cycles.completeness(year).orElseThrow(() -> notSet(year));
    }

    private static NotFoundException notSet(int year) {
        return new NotFoundException("the reporting cycle of " + year + " is not set; PUT /api/v1/cycles/" + year);
    }
}
