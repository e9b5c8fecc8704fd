package asean.review.ingest.web;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import asean.review.contract.api.Cycle;
import asean.review.contract.api.RegisteredContribution;
import asean.review.contract.api.SubmissionStatus;
import asean.review.web.BearerForwarding;

/** The registry's API, called with the officer's token ({@link BearerForwarding}); the registry decides what he sees. */
@RegisterRestClient(configKey = "registry")
@RegisterClientHeaders(BearerForwarding.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface RegistryClient {

    /** The latest version of each contribution (with {@code accepted}, the latest accepted one). */
    @GET
    @Path("/contributions")
    List<RegisteredContribution> contributions(@QueryParam("year") Integer year,
            @QueryParam("ministry") String ministry, @QueryParam("area") String area,
            @QueryParam("accepted") Boolean accepted);

    /** Every version of one contribution, oldest first; 404 when none is registered. */
    @GET
    @Path("/contributions/{year}/{ministry}/{area}/versions")
    List<RegisteredContribution> versions(@PathParam("year") int year, @PathParam("ministry") String ministry,
            @PathParam("area") String area);

    @GET
    @Path("/submissions/{id}")
    SubmissionStatus submission(@PathParam("id") UUID id);

    /** Every reporting cycle, the newest year first. */
    @GET
    @Path("/cycles")
    List<Cycle> cycles();
}
