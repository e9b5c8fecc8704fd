package asean.review.report.client;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import asean.review.contract.ReferenceData;
import asean.review.contract.api.AuditEntry;
import asean.review.contract.api.Completeness;
import asean.review.contract.api.Cycle;
import asean.review.contract.api.DeadLetterEntry;
import asean.review.contract.api.ImportResult;
import asean.review.contract.api.RegisteredContribution;
import asean.review.contract.api.Replay;
import asean.review.contract.api.ReviewDecision;
import asean.review.web.BearerForwarding;

/**
 * The registry's API, the report's only source of data and the office's way to change it. The caller's token (a
 * bearer token, or the session of the office's pages) is passed on, so the registry decides what the caller may do.
 */
@RegisterRestClient(configKey = "registry")
@RegisterClientHeaders(BearerForwarding.class)
@Path("/api/v1")
public interface RegistryClient {

    @GET
    @Path("/cycles")
    List<Cycle> cycles();

    /** @throws jakarta.ws.rs.NotFoundException while the cycle is not set */
    @GET
    @Path("/cycles/{year}")
    Cycle cycle(@PathParam("year") int year);

    @PUT
    @Path("/cycles/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    Cycle putCycle(@PathParam("year") int year, Cycle cycle);

    @GET
    @Path("/cycles/{year}/completeness")
    Completeness completeness(@PathParam("year") int year);

    /** The latest version of each contribution, or with {@code accepted} the latest accepted one. */
    @GET
    @Path("/contributions")
    List<RegisteredContribution> contributions(@QueryParam("year") int year, @QueryParam("accepted") boolean accepted);

    /** Every version of one contribution, oldest first. */
    @GET
    @Path("/contributions/{year}/{ministry}/{area}/versions")
    List<RegisteredContribution> history(@PathParam("year") int year, @PathParam("ministry") String ministry,
            @PathParam("area") String area);

    @POST
    @Path("/contributions/{year}/{ministry}/{area}/versions/{version}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    RegisteredContribution review(@PathParam("year") int year, @PathParam("ministry") String ministry,
            @PathParam("area") String area, @PathParam("version") int version, ReviewDecision decision);

    @GET
    @Path("/audit/{year}/{ministry}/{area}")
    List<AuditEntry> audit(@PathParam("year") int year, @PathParam("ministry") String ministry,
            @PathParam("area") String area);

    @GET
    @Path("/dead-letters")
    List<DeadLetterEntry> deadLetters();

    @POST
    @Path("/dead-letters/{partition}/{offset}/replay")
    Replay replay(@PathParam("partition") int partition, @PathParam("offset") long offset);

    /** Every version of every contribution of the year, by ministry, area and version. */
    @GET
    @Path("/contributions/{year}/versions")
    List<RegisteredContribution> versions(@PathParam("year") int year);

    /** Every change of state in the year, oldest first. */
    @GET
    @Path("/audit/{year}")
    List<AuditEntry> audit(@PathParam("year") int year);

    @GET
    @Path("/reference")
    ReferenceData.Dataset reference();

    /** A past year's contributions, from a file the office holds; all or nothing. */
    @POST
    @Path("/imports/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    ImportResult importYear(@PathParam("year") int year, List<JsonNode> contributions);
}
