package asean.review.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.qute.i18n.Message;

/**
 * Qute falls back to the English message when a key is missing from {@code msg_vi.properties} or
 * {@code msg_id.properties}, silently: a Vietnamese or Indonesian brief would carry an English title and nobody would
 * notice. These tests read the bundles themselves: the English one is the {@link BriefMessages} interface plus
 * {@code messages/msg_en.properties}.
 */
class BriefMessagesTranslationTest {

    private static final Map<String, String> ENGLISH = english();
    /** Words that are the same in a language as in English, and rightly so. */
    private static final Map<String, Set<String>> SAME_AS_ENGLISH = Map.of("vi", Set.of(), "id", Set.of("status"));

    @ParameterizedTest
    @ValueSource(strings = { "vi", "id" })
    void everyBundleIsReadWhole(String language) {
        // Guards the reading itself: a reader that found nothing would make the checks below vacuous.
        assertThat(ENGLISH).containsKeys("title", "sectionAnnex", "pillar_APSC", "reviewState_$RETURNED");
        assertThat(translation(language)).containsKeys("title", "sectionAnnex", "pillar_APSC", "reviewState_$RETURNED");
    }

    @ParameterizedTest
    @ValueSource(strings = { "vi", "id" })
    void everyEnglishMessageIsTranslated(String language) {
        TreeSet<String> missing = new TreeSet<>(ENGLISH.keySet());
        missing.removeAll(translation(language).keySet());
        assertThat(missing).as("keys of the English bundle missing from msg_%s.properties", language).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "vi", "id" })
    void noBundleHasAKeyTheEnglishOneLacks(String language) {
        TreeSet<String> extra = new TreeSet<>(translation(language).keySet());
        extra.removeAll(ENGLISH.keySet());
        assertThat(extra).as("keys of msg_%s.properties that no English message has", language).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "vi", "id" })
    void everyMessageIsTranslatedNotEmptyOrCopied(String language) {
        Map<String, String> untranslated = new TreeMap<>();
        translation(language).forEach((key, text) -> {
            String english = ENGLISH.get(key);
            if (text.isBlank() || text.equals(english) && hasWords(text)
                    && !SAME_AS_ENGLISH.get(language).contains(key)) {
                untranslated.put(key, text);
            }
        });
        assertThat(untranslated).as("messages of msg_%s.properties that are empty or the English text", language)
                .isEmpty();
    }

    private static Map<String, String> translation(String language) {
        return properties("/messages/msg_" + language + ".properties");
    }

    /** Text outside the {placeholders} with letters in it; a name or a number alone may read the same in both. */
    private static boolean hasWords(String message) {
        return message.replaceAll("\\{[^}]*}", "").chars().anyMatch(Character::isLetter);
    }

    private static Map<String, String> english() {
        Map<String, String> english = new TreeMap<>(properties("/messages/msg_en.properties"));
        for (Method method : BriefMessages.class.getDeclaredMethods()) {
            Message message = method.getAnnotation(Message.class);
            if (message != null && !Message.DEFAULT_VALUE.equals(message.value())) {
                english.put(Message.DEFAULT_NAME.equals(message.key()) ? method.getName() : message.key(),
                        message.value());
            }
        }
        return english;
    }

    private static Map<String, String> properties(String resource) {
        try (InputStream in = BriefMessagesTranslationTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> messages = new TreeMap<>();
            properties.forEach((key, value) -> messages.put((String) key, (String) value));
            return messages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
