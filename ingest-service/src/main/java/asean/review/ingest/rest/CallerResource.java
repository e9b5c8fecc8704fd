package asean.review.ingest.rest;

import java.util.List;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import asean.review.contract.auth.Caller;
import asean.review.contract.auth.Roles;

/** Who the bearer token says the caller is: what a ministry's system checks before it submits. */
@Path("/api/v1/me")
public class CallerResource {

    private final Caller caller;

    public CallerResource(Caller caller) {
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The caller as this service sees its token: user name, ministry, roles")
    @APIResponse(responseCode = "200", description = "The token is valid for this system")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Neither a submitter nor the office")
    @RolesAllowed({ Roles.SUBMITTER, Roles.COORDINATOR })
    public Me me() {
        List<String> roles = Stream.of(caller.isSubmitter() ? Roles.SUBMITTER : null,
                caller.isCoordinator() ? Roles.COORDINATOR : null).filter(role -> role != null).toList();
        return new Me(caller.name(), caller.ministry().orElse(null), roles);
    }

    /** The caller: a ministry only for a submitter's token that names one. */
    public record Me(String name, String ministry, List<String> roles) {
    }
}
