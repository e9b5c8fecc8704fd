package asean.review.report.diff;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Whether two texts are close enough to be one row reworded: at least half their words in common (the Dice
 * coefficient of their word multisets is 0.5 or more). Words are runs of letters, marks and digits, compared
 * without case; this decides pairing only, the texts themselves are compared exactly.
 */
final class WordSimilarity {

    static final double THRESHOLD = 0.5;
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

    private WordSimilarity() {
    }

    static boolean similar(String a, String b) {
        return dice(a, b) >= THRESHOLD;
    }

    static double dice(String a, String b) {
        Map<String, Integer> wordsOfA = words(a);
        Map<String, Integer> wordsOfB = words(b);
        int sizeA = wordsOfA.values().stream().mapToInt(Integer::intValue).sum();
        int sizeB = wordsOfB.values().stream().mapToInt(Integer::intValue).sum();
        if (sizeA + sizeB == 0) {
            return 0;
        }
        int common = 0;
        for (Map.Entry<String, Integer> word : wordsOfA.entrySet()) {
            common += Math.min(word.getValue(), wordsOfB.getOrDefault(word.getKey(), 0));
        }
        return 2.0 * common / (sizeA + sizeB);
    }

    private static Map<String, Integer> words(String text) {
        Map<String, Integer> counts = new HashMap<>();
        if (text == null) {
            return counts;
        }
        for (String word : NOT_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (!word.isEmpty()) {
                counts.merge(word, 1, Integer::sum);
            }
        }
        return counts;
    }
}
