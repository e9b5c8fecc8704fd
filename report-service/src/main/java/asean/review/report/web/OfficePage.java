package asean.review.report.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import asean.review.web.PageLocale;

/**
 * What the layout shows on every page of the office: the language, who is signed in, the year the menu leads to, the
 * menu item this page belongs to, and where the language switch returns to.
 */
public record OfficePage(String lang, String path, String user, int year, String section) {

    /** The link that switches to {@code target} and comes back here. */
    public String switchTo(String target) {
        return "/language?lang=" + target + "&return=" + URLEncoder.encode(path, StandardCharsets.UTF_8);
    }

    public boolean vietnamese() {
        return PageLocale.VIETNAMESE.equals(lang);
    }

    /** {@code aria-current} for the menu item {@code item} when this page belongs to it. */
    public String current(String item) {
        return item.equals(section) ? "page" : "false";
    }
}
