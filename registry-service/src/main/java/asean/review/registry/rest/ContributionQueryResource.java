package asean.review.registry.rest;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import asean.review.contract.api.RegisteredContribution;
import asean.review.registry.ContributionVersion;

@Path("/api/v1/contributions")
@Produces(MediaType.APPLICATION_JSON)
public class ContributionQueryResource {

    @GET
    @Operation(summary = "The current version of every contribution matching the filters")
    public List<RegisteredContribution> current(@QueryParam("year") Integer year,
            @QueryParam("ministry") String ministry, @QueryParam("pillar") String pillar,
            @QueryParam("area") String area) {
        return ContributionVersion.current(year, ministry, pillar, area).stream()
                .map(ContributionVersion::view)
                .toList();
    }

    @GET
    @Path("/{year}/{ministry}/{area}/versions")
    @Operation(summary = "Every version of one contribution, oldest first")
    public List<RegisteredContribution> history(@PathParam("year") int year, @PathParam("ministry") String ministry,
            @PathParam("area") String area) {
        List<RegisteredContribution> versions = ContributionVersion.history(year, ministry, area).stream()
                .map(ContributionVersion::view)
                .toList();
        if (versions.isEmpty()) {
            throw new NotFoundException("no contribution " + year + ":" + ministry + ":" + area + " is registered");
        }
        return versions;
    }
}
