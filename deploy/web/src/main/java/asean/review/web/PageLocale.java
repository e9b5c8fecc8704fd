package asean.review.web;

import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * The language of the pages for this request: the one the user chose ({@link #COOKIE}, set by
 * {@link LanguageResource}), else the first of the browser's {@code Accept-Language} the pages speak, else Vietnamese.
 */
@RequestScoped
public class PageLocale {

    public static final String COOKIE = "lang";
    public static final String VIETNAMESE = "vi";
    public static final String ENGLISH = "en";

    private final HttpHeaders headers;
    private String lang;

    public PageLocale(HttpHeaders headers) {
        this.headers = headers;
    }

    public static boolean supported(String lang) {
        return VIETNAMESE.equals(lang) || ENGLISH.equals(lang);
    }

    public String lang() {
        if (lang == null) {
            lang = resolve();
        }
        return lang;
    }

    public Locale locale() {
        return Locale.forLanguageTag(lang());
    }

    private String resolve() {
        Cookie chosen = headers.getCookies().get(COOKIE);
        if (chosen != null && supported(chosen.getValue())) {
            return chosen.getValue();
        }
        for (Locale accepted : headers.getAcceptableLanguages()) {
            if (supported(accepted.getLanguage())) {
                return accepted.getLanguage();
            }
        }
        return VIETNAMESE;
    }
}
