package asean.review.registry.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import com.fasterxml.jackson.databind.JsonNode;

import asean.review.contract.Problem;
import asean.review.contract.api.ImportResult;
import asean.review.contract.auth.Caller;
import asean.review.contract.auth.Roles;
import asean.review.registry.service.PastYearImport;

@Path("/api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    private final PastYearImport imports;
    private final Caller caller;

    public ImportResource(PastYearImport imports, Caller caller) {
        this.imports = imports;
        this.caller = caller;
    }

    @POST
    @Path("/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Import a past year's contributions (a JSON array of contributions as POST "
            + "/api/v1/contributions takes them, or as GET /api/v1/contributions/{year} lists them), accepted at once;"
            + " all or nothing, and importing the same file again changes nothing")
    @APIResponse(responseCode = "200", description = "How many were imported, how many were current already")
    @APIResponse(responseCode = "400", description = "A year that may not be imported, or contributions that break"
            + " the rules, each named by its place in the file",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "invalid-request", ref = "invalid-request")))
    public ImportResult importYear(@PathParam("year") int year,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "past-year", ref = "past-year"))) List<JsonNode> contributions) {
        return imports.importYear(year, contributions, caller.name());
    }
}
