package asean.review.ingest.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import asean.review.web.PageLocale;

/**
 * What the layout shows on every page: the language, who is signed in and the ministry the pages speak for, whether
 * the office is entering on that ministry's behalf, and where the language switch returns to.
 */
public record Page(String lang, String path, String user, String ministry, String ministryName, boolean onBehalf) {

    /** The link that switches to {@code target} and comes back here. */
    public String switchTo(String target) {
        return "/language?lang=" + target + "&return=" + URLEncoder.encode(path, StandardCharsets.UTF_8);
    }

    public boolean vietnamese() {
        return PageLocale.VIETNAMESE.equals(lang);
    }

    /** What every link of the pages starts with: nothing for an officer, the ministry's path for the office. */
    public String base() {
        return onBehalf ? OnBehalfPages.base(ministry) : "";
    }

    /** The ministry's home: its contributions and drafts. */
    public String home() {
        return onBehalf ? base() : "/";
    }
}
