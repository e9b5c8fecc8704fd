package asean.review.report.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.UriInfo;

import asean.review.contract.ReferenceData;
import asean.review.contract.api.Cycle;
import asean.review.contract.auth.Caller;
import asean.review.web.PageLocale;
import io.quarkus.qute.TemplateInstance;

/** What every page of the office needs: who is signed in, the language, the country's today. */
@RequestScoped
public class OfficePages {

    private final Caller caller;
    private final PageLocale locale;
    private final ReferenceData reference;
    private final UriInfo uri;
    private final Registry registry;

    public OfficePages(Caller caller, PageLocale locale, ReferenceData reference, UriInfo uri, Registry registry) {
        this.caller = caller;
        this.locale = locale;
        this.reference = reference;
        this.uri = uri;
        this.registry = registry;
    }

    /** A page of no year in particular: its menu leads to the year the office works on. */
    public OfficePage page(String section) {
        return page(workingYear(), section);
    }

    /** This year if its cycle is open, else the latest open cycle's year, else this year. */
    public int workingYear() {
        return workingYear(registry.cycles());
    }

    /** {@link #workingYear()} among {@code cycles}, the registry's answer the caller already holds. */
    public int workingYear(List<Cycle> cycles) {
        int thisYear = today().getYear();
        List<Integer> years = cycles.stream().map(Cycle::year).toList();
        return years.contains(thisYear) || years.isEmpty() ? thisYear : Collections.max(years);
    }

    public OfficePage page(int year, String section) {
        String path = uri.getRequestUri().getRawPath();
        String query = uri.getRequestUri().getRawQuery();
        return new OfficePage(locale.lang(), query == null ? path : path + "?" + query, user(), year, section);
    }

    /** For an error page: never fails, signed in or not. */
    public OfficePage safePage() {
        return new OfficePage(locale.lang(), "/", caller.signedIn() ? caller.name() : null, today().getYear(), "");
    }

    public String user() {
        return caller.name();
    }

    public String lang() {
        return locale.lang();
    }

    public Locale locale() {
        return locale.locale();
    }

    public boolean vietnamese() {
        return PageLocale.VIETNAMESE.equals(locale.lang());
    }

    public LocalDate today() {
        return LocalDate.now(ZoneId.of(reference.country().timeZone()));
    }

    /** A ministry's name in the page's language, as the reference data has it (its code if unknown). */
    public String ministryName(String code) {
        return reference.ministry(code).map(m -> vietnamese() ? m.nameLocal() : m.name()).orElse(code);
    }

    /** Renders in the signed-in user's language. */
    public TemplateInstance localized(TemplateInstance template) {
        return template.setLocale(locale.locale());
    }
}
