package asean.review.report.render;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages a brief is written in: English (the default), Vietnamese and Indonesian; the exports' labels are in
 * English and Vietnamese ({@link #EXPORTS}).
 */
public final class BriefLanguage {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("vi"),
            Locale.forLanguageTag("id"));
    public static final List<Locale> EXPORTS = SUPPORTED.subList(0, 2);

    private BriefLanguage() {
    }

    /**
     * {@code lang} if given (empty when it is not supported), else the first supported language of the
     * Accept-Language header, else English.
     */
    public static Optional<Locale> negotiate(String lang, List<Locale> acceptable) {
        return negotiate(SUPPORTED, lang, acceptable);
    }

    /** As {@link #negotiate(String, List)}, among {@code supported} languages. */
    public static Optional<Locale> negotiate(List<Locale> supported, String lang, List<Locale> acceptable) {
        if (lang != null) {
            return among(supported, Locale.forLanguageTag(lang));
        }
        return Optional.of(acceptable.stream().map(l -> among(supported, l)).flatMap(Optional::stream).findFirst()
                .orElse(Locale.ENGLISH));
    }

    private static Optional<Locale> among(List<Locale> supported, Locale locale) {
        return supported.stream().filter(s -> s.getLanguage().equals(locale.getLanguage())).findFirst();
    }

    public static String names(List<Locale> supported) {
        return String.join(", ", supported.stream().map(Locale::getLanguage).toList());
    }
}
