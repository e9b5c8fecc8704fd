package asean.review.ingest.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.UriInfo;

import asean.review.contract.ReferenceData;
import asean.review.contract.Submitter;
import asean.review.contract.auth.Caller;
import asean.review.ingest.web.PageException.Kind;
import asean.review.web.PageLocale;
import io.quarkus.qute.TemplateInstance;

/** What every page needs: who the officer is (through {@link Caller}), his ministry, the language. */
@RequestScoped
public class Pages {

    private final Caller caller;
    private final PageLocale locale;
    private final ReferenceData reference;
    private final UriInfo uri;

    public Pages(Caller caller, PageLocale locale, ReferenceData reference, UriInfo uri) {
        this.caller = caller;
        this.locale = locale;
        this.reference = reference;
        this.uri = uri;
    }

    /** The officer's ministry (the token's claim); a token that names none may not use the pages. */
    public String ministry() {
        return caller.ministry().orElseThrow(() -> new PageException(Kind.FORBIDDEN,
                "your sign-in names no ministry; ask your administrator to set your ministry"));
    }

    /** False once the officer's session ended (expired, or ended by Keycloak) while a page was open. */
    public boolean signedIn() {
        return caller.signedIn();
    }

    public String user() {
        return caller.name();
    }

    public Submitter submitter() {
        return new Submitter(caller.name(), ministry());
    }

    /** Another ministry's contribution is not the officer's to open. */
    public void checkOwn(String ministry) {
        if (!ministry().equals(ministry)) {
            throw new PageException(Kind.FORBIDDEN, "this contribution belongs to " + ministry + "; you report for "
                    + ministry() + " and may only open its contributions");
        }
    }

    public String lang() {
        return locale.lang();
    }

    /** The ministry's name in the page's language, as it was named in {@code year} (its code if unknown). */
    public String ministryName(Integer year) {
        String code = ministry();
        Optional<ReferenceData.Ministry> ministry = reference.ministry(code);
        return ministry.map(m -> locale.lang().equals(PageLocale.VIETNAMESE) ? m.nameLocal() : m.name())
                .orElse(code);
    }

    /** Whether the ministry existed in {@code year} (MAE did not in 2024): the form warns before the validator. */
    public boolean ministryExistedIn(Integer year) {
        return year == null || reference.ministry(ministry()).map(m -> m.existedIn(year)).orElse(false);
    }

    public Page page() {
        String path = uri.getRequestUri().getRawPath();
        String query = uri.getRequestUri().getRawQuery();
        return new Page(locale.lang(), query == null ? path : path + "?" + query, user(), ministry(),
                ministryName(null));
    }

    /** For an error page: never fails, even for a token that names no ministry. */
    public Page safePage() {
        String ministry = caller.ministry().orElse("");
        String name = reference.ministry(ministry)
                .map(m -> locale.lang().equals(PageLocale.VIETNAMESE) ? m.nameLocal() : m.name()).orElse(ministry);
        return new Page(locale.lang(), "/", caller.name(), ministry, name);
    }

    public int currentYear() {
        return LocalDate.now(ZoneId.of(reference.country().timeZone())).getYear();
    }

    /** Renders in the officer's language. */
    public TemplateInstance localized(TemplateInstance template) {
        return template.setLocale(locale.locale());
    }
}
