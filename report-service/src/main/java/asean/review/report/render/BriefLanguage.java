package asean.review.report.render;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages a brief is written in: English (the default) and Vietnamese. */
public final class BriefLanguage {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("vi"));

    private BriefLanguage() {
    }

    /**
     * {@code lang} if given (empty when it is not supported), else the first supported language of the
     * Accept-Language header, else English.
     */
    public static Optional<Locale> negotiate(String lang, List<Locale> acceptable) {
        if (lang != null) {
            return supported(Locale.forLanguageTag(lang));
        }
        return Optional.of(acceptable.stream().map(BriefLanguage::supported).flatMap(Optional::stream).findFirst()
                .orElse(Locale.ENGLISH));
    }

    private static Optional<Locale> supported(Locale locale) {
        return SUPPORTED.stream().filter(s -> s.getLanguage().equals(locale.getLanguage())).findFirst();
    }

    public static String names() {
        return String.join(", ", SUPPORTED.stream().map(Locale::getLanguage).toList());
    }
}
