package asean.review.registry.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import asean.review.contract.auth.Roles;
import asean.review.registry.mail.MailEntry;
import asean.review.registry.mail.MailLedger;

/** The e-mails of a year: reminders, review notices, digests; sent, waiting, and those that may not have been sent. */
@Path("/api/v1/mail/{year}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COORDINATOR)
public class MailResource {

    private final MailLedger ledger;

    public MailResource(MailLedger ledger) {
        this.ledger = ledger;
    }

    @GET
    @Operation(summary = "Every e-mail of a year, in the order planned, with its state (UNCERTAIN: may not have been sent)")
    public List<MailEntry> year(@PathParam("year") int year) {
        return ledger.ofYear(year).stream().map(MailEntry::of).toList();
    }
}
