package asean.review.registry.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import asean.review.contract.api.AuditEntry;
import asean.review.contract.auth.Roles;
import asean.review.registry.AuditEvent;

/** Who changed what, and when: registrations, rejections, reviews and cycle changes, oldest first. */
@Path("/api/v1/audit/{year}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COORDINATOR)
public class AuditResource {

    @GET
    @Operation(summary = "Every change of state in a year: cycle, submissions, reviews")
    public List<AuditEntry> year(@PathParam("year") int year) {
        return AuditEvent.ofYear(year).stream().map(AuditEvent::view).toList();
    }

    @GET
    @Path("/{ministry}/{area}")
    @Operation(summary = "Every change of state of one contribution")
    public List<AuditEntry> contribution(@PathParam("year") int year, @PathParam("ministry") String ministry,
            @PathParam("area") String area) {
        return AuditEvent.ofContribution(year, ministry, area).stream().map(AuditEvent::view).toList();
    }
}
