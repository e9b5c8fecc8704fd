package asean.review.report.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import asean.review.contract.api.DeadLetterEntry;
import asean.review.contract.auth.Roles;
import asean.review.web.LocalTimes;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The submissions the registry could not store (unreadable, or refused by its rules), with the reason, and a way to
 * put one back on the topic once the cause is mended; a replayed one says by whom and when.
 */
@Path("/dead-letters")
@RolesAllowed(Roles.COORDINATOR)
@Produces(MediaType.TEXT_HTML)
public class DeadLetterPages {

    @CheckedTemplate(basePath = "office")
    static class Templates {
        static native TemplateInstance deadLetters(OfficePage page, List<Line> letters, String replayed);
    }

    public record Line(int partition, long offset, String key, String deadLetteredAt, String reason, String cause,
            String payload, String replayedBy, String replayedAt) {

        public String replayUrl() {
            return "/dead-letters/" + partition + "/" + offset + "/replay";
        }

        public String id() {
            return partition + "-" + offset;
        }
    }

    private final OfficePages pages;
    private final Registry registry;
    private final LocalTimes times;

    public DeadLetterPages(OfficePages pages, Registry registry, LocalTimes times) {
        this.pages = pages;
        this.registry = registry;
        this.times = times;
    }

    @GET
    public TemplateInstance list(@QueryParam("replayed") String replayed) {
        List<Line> letters = new ArrayList<>(registry.deadLetters().stream().map(this::line).toList());
        Collections.reverse(letters);
        return pages.localized(Templates.deadLetters(pages.page("deadLetters"), letters,
                replayed));
    }

    @POST
    @Path("{partition}/{offset}/replay")
    public Response replay(@PathParam("partition") int partition, @PathParam("offset") long offset) {
        registry.replay(partition, offset);
        return Response.seeOther(URI.create("/dead-letters?replayed=" + partition + "-" + offset)).build();
    }

    private Line line(DeadLetterEntry entry) {
        return new Line(entry.partition(), entry.offset(), entry.key(), times.of(entry.deadLetteredAt()),
                entry.reason(), entry.cause(), entry.payload(),
                entry.replay() == null ? null : entry.replay().replayedBy(),
                entry.replay() == null ? null : times.of(entry.replay().replayedAt()));
    }
}
