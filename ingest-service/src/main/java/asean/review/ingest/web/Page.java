package asean.review.ingest.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import asean.review.web.PageLocale;

/**
 * What the layout shows on every page: the language, the officer and his ministry, and where the language switch
 * returns to.
 */
public record Page(String lang, String path, String user, String ministry, String ministryName) {

    /** The link that switches to {@code target} and comes back here. */
    public String switchTo(String target) {
        return "/language?lang=" + target + "&return=" + URLEncoder.encode(path, StandardCharsets.UTF_8);
    }

    public boolean vietnamese() {
        return PageLocale.VIETNAMESE.equals(lang);
    }
}
