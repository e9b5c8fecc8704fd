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
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import io.quarkus.qute.i18n.Message;

/**
 * Qute falls back to the English message when a key is missing from {@code msg_vi.properties}, silently: a
 * Vietnamese brief would carry an English title and nobody would notice. These tests read the bundles
 * themselves: the English one is the {@link BriefMessages} interface plus {@code messages/msg_en.properties}.
 */
class BriefMessagesTranslationTest {

    private static final Map<String, String> ENGLISH = english();
    private static final Map<String, String> VIETNAMESE = properties("/messages/msg_vi.properties");

    @Test
    void bothBundlesAreReadWhole() {
        // Guards the reading itself: a reader that found nothing would make the checks below vacuous.
        assertThat(ENGLISH).containsKeys("title", "sectionAnnex", "pillar_APSC", "reviewState_$RETURNED");
        assertThat(VIETNAMESE).containsKeys("title", "sectionAnnex", "pillar_APSC", "reviewState_$RETURNED");
    }

    @Test
    void everyEnglishMessageHasAVietnameseOne() {
        TreeSet<String> missing = new TreeSet<>(ENGLISH.keySet());
        missing.removeAll(VIETNAMESE.keySet());
        assertThat(missing).as("keys of the English bundle missing from msg_vi.properties").isEmpty();
    }

    @Test
    void vietnameseBundleHasNoKeyTheEnglishOneLacks() {
        TreeSet<String> extra = new TreeSet<>(VIETNAMESE.keySet());
        extra.removeAll(ENGLISH.keySet());
        assertThat(extra).as("keys of msg_vi.properties that no English message has").isEmpty();
    }

    @Test
    void everyVietnameseMessageIsTranslatedNotEmptyOrCopied() {
        Map<String, String> untranslated = new TreeMap<>();
        VIETNAMESE.forEach((key, text) -> {
            String english = ENGLISH.get(key);
            if (text.isBlank() || text.equals(english) && hasWords(text)) {
                untranslated.put(key, text);
            }
        });
        assertThat(untranslated).as("Vietnamese messages that are empty or the English text").isEmpty();
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
