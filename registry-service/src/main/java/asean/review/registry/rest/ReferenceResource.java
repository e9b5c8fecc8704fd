package asean.review.registry.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import asean.review.contract.ReferenceData;
import asean.review.contract.auth.Roles;

@Path("/api/v1/reference")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.SUBMITTER, Roles.COORDINATOR })
public class ReferenceResource {

    private final ReferenceData reference;

    public ReferenceResource(ReferenceData reference) {
        this.reference = reference;
    }

    @GET
    @Operation(summary = "All reference data: country, ministries of every period, areas, ASEAN chairs")
    public ReferenceData.Dataset all() {
        return reference.dataset();
    }

    @GET
    @Path("/ministries")
    @Operation(summary = "The ministries; with year, only those that existed in that year")
    public List<ReferenceData.Ministry> ministries(@QueryParam("year") Integer year) {
        return year == null ? reference.ministries() : reference.ministriesIn(year);
    }

    @GET
    @Path("/areas")
    @Operation(summary = "The ASEAN areas (sectoral bodies and tracks) a contribution can belong to")
    public List<ReferenceData.Area> areas() {
        return reference.areas();
    }
}
