package asean.review.report.chart;

import java.util.ArrayList;
import java.util.List;

/** Breaks a text into lines no wider than a width, between words; a word wider than the width is cut. */
final class LineBreaker {

    private LineBreaker() {
    }

    static List<String> lines(String text, float maxWidth, float size, boolean bold) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (ChartFonts.width(candidate, size, bold) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (ChartFonts.width(rest, size, bold) > maxWidth && rest.length() > 1) {
                int cut = longestFittingPrefix(rest, maxWidth, size, bold);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    static float widestWord(String text, float size, boolean bold) {
        float widest = 0;
        for (String word : text.strip().split("\\s+")) {
            widest = Math.max(widest, ChartFonts.width(word, size, bold));
        }
        return widest;
    }

    private static int longestFittingPrefix(String word, float maxWidth, float size, boolean bold) {
        int cut = word.offsetByCodePoints(0, 1);
        while (cut < word.length()) {
            int next = word.offsetByCodePoints(cut, 1);
            if (ChartFonts.width(word.substring(0, next), size, bold) > maxWidth) {
                break;
            }
            cut = next;
        }
        return cut;
    }
}
