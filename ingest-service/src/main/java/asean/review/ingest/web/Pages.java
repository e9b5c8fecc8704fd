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

/**
 * What every page needs: who is signed in (through {@link Caller}), the ministry the pages speak for, the language.
 * The ministry is the officer's own (his token's claim), or, under {@link OnBehalfPages}, the one the path names,
 * for the office entering on its behalf: {@link #ministry()} is where either is checked.
 */
@RequestScoped
public class Pages {

    private final Caller caller;
    private final PageLocale locale;
    private final ReferenceData reference;
    private final UriInfo uri;
    private String onBehalfOf;

    public Pages(Caller caller, PageLocale locale, ReferenceData reference, UriInfo uri) {
        this.caller = caller;
        this.locale = locale;
        this.reference = reference;
        this.uri = uri;
    }

    /** This request's pages speak for {@code ministry}, the office entering on its behalf (checked when used). */
    void speakFor(String ministry) {
        this.onBehalfOf = ministry;
    }

    /** Whether the office is entering on a ministry's behalf. */
    public boolean onBehalf() {
        return onBehalfOf != null;
    }

    /** The office signed in on the ministries' own pages: its home offers the ministries to enter on behalf of. */
    public boolean officeOutsideAMinistry() {
        return onBehalfOf == null && !caller.isSubmitter() && caller.isCoordinator();
    }

    /**
     * The ministry the pages speak for. On behalf: only the office's, and only a ministry of the reference data;
     * otherwise an officer's own, which his sign-in must name.
     */
    public String ministry() {
        if (onBehalfOf != null) {
            if (!caller.isCoordinator()) {
                throw PageException.officeOnly();
            }
            if (reference.ministry(onBehalfOf).isEmpty()) {
                throw new PageException(Kind.NOT_FOUND, "there is no ministry '" + onBehalfOf
                        + "' in the reference data");
            }
            return onBehalfOf;
        }
        if (!caller.isSubmitter()) {
            throw PageException.wrongRole();
        }
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

    /** Who submits what these pages send: the officer for his ministry, or the office on the ministry's behalf. */
    public Submitter submitter() {
        return onBehalf() ? Submitter.onBehalfOf(ministry(), caller.name()) : new Submitter(caller.name(), ministry());
    }

    /** Where links of these pages start: the ministry's path when on behalf, else the root. */
    public String base() {
        return onBehalf() ? OnBehalfPages.base(onBehalfOf) : "";
    }

    /** Another ministry's contribution is not the officer's to open (nor the office's, on this ministry's pages). */
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
        return nameOf(ministry());
    }

    /** A ministry's name in the page's language (its code if unknown). */
    public String nameOf(String code) {
        Optional<ReferenceData.Ministry> ministry = reference.ministry(code);
        return ministry.map(m -> locale.lang().equals(PageLocale.VIETNAMESE) ? m.nameLocal() : m.name())
                .orElse(code);
    }

    /** Whether the ministry existed in {@code year} (MAE did not in 2024): the form warns before the validator. */
    public boolean ministryExistedIn(Integer year) {
        return year == null || reference.ministry(ministry()).map(m -> m.existedIn(year)).orElse(false);
    }

    public Page page() {
        String ministry = ministry();
        return new Page(locale.lang(), path(), user(), ministry, nameOf(ministry), onBehalf());
    }

    /** The office's page outside any ministry: no ministry to name. */
    public Page officePage() {
        return new Page(locale.lang(), path(), user(), null, null, false);
    }

    /** For an error page: never fails, whoever is signed in and whatever the path names. */
    public Page safePage() {
        boolean onBehalf = onBehalf() && caller.isCoordinator() && reference.ministry(onBehalfOf).isPresent();
        String ministry = onBehalf ? onBehalfOf : caller.ministry().orElse(null);
        return new Page(locale.lang(), "/", caller.name(), ministry, ministry == null ? null : nameOf(ministry),
                onBehalf);
    }

    public int currentYear() {
        return LocalDate.now(ZoneId.of(reference.country().timeZone())).getYear();
    }

    /** Renders in the officer's language. */
    public TemplateInstance localized(TemplateInstance template) {
        return template.setLocale(locale.locale());
    }

    private String path() {
        String path = uri.getRequestUri().getRawPath();
        String query = uri.getRequestUri().getRawQuery();
        return query == null ? path : path + "?" + query;
    }
}
