package asean.review.report.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Links from the office's pages to the ministries' pages (ingest-service), where the office enters a contribution
 * that a ministry sent by signed letter, on its behalf, with the ministries' own form. Templates reach it as
 * {@code inject:ministriesPages}.
 */
@ApplicationScoped
@Named("ministriesPages")
public class MinistriesPages {

    private final String url;

    public MinistriesPages(@ConfigProperty(name = "asean.pages.ministries-url") String url) {
        this.url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The ministry's home in the ministries' pages, as the office entering on its behalf sees it. */
    public String onBehalf(String ministry) {
        return url + "/on-behalf/" + ministry;
    }
}
