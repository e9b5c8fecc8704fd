package asean.review.registry.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import asean.review.contract.api.DeadLetterEntry;
import asean.review.contract.auth.Caller;
import asean.review.contract.auth.Roles;
import asean.review.registry.service.DeadLetterService;

/** The records the registry could not process, for the office to read and, once the cause is fixed, replay. */
@Path("/api/v1/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COORDINATOR)
public class DeadLetterResource {

    private final DeadLetterService deadLetters;
    private final Caller caller;

    public DeadLetterResource(DeadLetterService deadLetters, Caller caller) {
        this.deadLetters = deadLetters;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Every record of the dead-letter topic, oldest first: why and when it was dead-lettered,"
            + " where it came from, its payload, and its replay if it was replayed")
    @APIResponse(responseCode = "200", description = "The dead letters")
    @APIResponse(responseCode = "503", description = "Kafka did not answer in time")
    public List<DeadLetterEntry> list() {
        return deadLetters.list();
    }

    @POST
    @Path("/{partition}/{offset}/replay")
    @Operation(summary = "Put a dead letter back on contributions.submitted with its key, once; the registry"
            + " decides on it again")
    @APIResponse(responseCode = "202", description = "Kafka holds the record again; the replay is recorded")
    @APIResponse(responseCode = "200", description = "Replayed before: the earlier replay, nothing published")
    @APIResponse(responseCode = "404", description = "No dead letter at that partition and offset")
    @APIResponse(responseCode = "409", description = "The dead letter has no value: there is nothing to replay")
    @APIResponse(responseCode = "503", description = "Kafka did not answer in time: nothing was replayed")
    public Response replay(@PathParam("partition") int partition, @PathParam("offset") long offset) {
        DeadLetterService.Outcome outcome = deadLetters.replay(partition, offset, caller.name());
        return Response.status(outcome.republished() ? Response.Status.ACCEPTED : Response.Status.OK)
                .entity(outcome.replay())
                .build();
    }
}
